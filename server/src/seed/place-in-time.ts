import { addMonths } from 'date-fns/addMonths';
import { formatIsoDate, parseIsoDate } from '../common/graphql/scalars.js';
import {
  nextQuarter,
  quarterFromLabel,
  quarterKey,
  quarterOf,
  type Quarter,
} from '@partnership-tracker/domain';
import type { ReviewHistory } from './review-history.js';

type Cycle = ReviewHistory['cycles'][number];

/**
 * The demo follows today. The example review history was written in November 2026 with the
 * 2026/27 Q3 review open; on any other day that open review is moved to the quarter that
 * contains today, so My actions, reminders and staleness make sense. Its dates move by whole
 * quarters (what fell on 2 November falls on 2 February a quarter later), and none lands after
 * today. After the plan's end date it moves to the plan's last quarter instead, still open for
 * the Commissioner's team to close, and the caller marks the plan as ended (CLOSED). Closed
 * quarters and progress reports keep their real dates (docs/seed-data.md).
 */
export function placeInTime(
  history: ReviewHistory,
  plan: { startDate: Date; endDate: Date },
  today: Date,
): { history: ReviewHistory; planEnded: boolean } {
  const planEnded = today.getTime() > plan.endDate.getTime();
  const closed = history.cycles.filter((c) => c.status === 'CLOSED');
  const afterClosed = closed.length
    ? nextQuarter(
        closed
          .map((c) => quarterFromLabel(c.quarter)!)
          .sort((a, b) => quarterKey(a) - quarterKey(b))
          .at(-1)!,
      )
    : null;
  const wanted = quarterOf(planEnded ? plan.endDate : today);
  const target = afterClosed && quarterKey(afterClosed) > quarterKey(wanted) ? afterClosed : wanted;
  const cycles = history.cycles.map((c) =>
    c.status === 'CLOSED'
      ? c
      : moveCycle(c, quarterKey(target) - quarterKey(quarterFromLabel(c.quarter)!), target, today),
  );
  return { history: { ...history, cycles }, planEnded };
}

function moveCycle(c: Cycle, quarters: number, target: Quarter, today: Date): Cycle {
  const shift = (iso: string) => formatIsoDate(addMonthsUtc(parseIsoDate(iso)!, quarters * 3));
  // Things that have happened cannot be dated after today.
  const happened = (iso: string) => minIso(shift(iso), formatIsoDate(today));
  return {
    ...c,
    quarter: target.label,
    opensOn: maxIso(happened(c.opensOn), formatIsoDate(target.start)),
    deadline: shift(c.deadline),
    meetingOn: c.meetingOn ? shift(c.meetingOn) : null,
    reviews: c.reviews.map((r) => ({
      ...r,
      reviewedOn: happened(r.reviewedOn),
      response: r.response ? { ...r.response, respondedOn: happened(r.response.respondedOn) } : r.response,
      followUps: r.followUps.map((f) => ({ ...f, dueOn: shift(f.dueOn) })),
    })),
    questions: c.questions.map((q) => ({ ...q, receivedOn: happened(q.receivedOn) })),
  };
}

// date-fns works in the machine's zone; days here are UTC midnights.
function addMonthsUtc(day: Date, months: number): Date {
  const local = addMonths(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()), months);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

const minIso = (a: string, b: string) => (a < b ? a : b);
const maxIso = (a: string, b: string) => (a > b ? a : b);
