import fc from 'fast-check';
import { parseIsoDate } from '../common/graphql/scalars.js';
import { quarterFromLabel, quarterOf } from '@partnership-tracker/domain';
import { placeInTime } from './place-in-time.js';
import { loadReviewHistories } from './review-history.js';

const history = loadReviewHistories().find((h) => h.plan === 'rural-crime-strategy-2024-2027')!;
const plan = { startDate: parseIsoDate('2024-04-01')!, endDate: parseIsoDate('2027-03-31')! };
const day = (iso: string) => parseIsoDate(iso)!;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const past = history.cycles.filter((c) => c.status === 'CLOSED').map((c) => c.quarter);
/** The cycle that was open when the history was written, wherever it was placed. */
const openOf = (h: typeof history) => h.cycles.find((c) => !past.includes(c.quarter))!;

// Any day from the history's writing to three years after the plan ends.
const days = fc
  .integer({ min: Date.parse('2026-11-21'), max: Date.parse('2030-03-31') })
  .map((ms) => new Date(Math.floor(ms / 86_400_000) * 86_400_000));

describe('the demo follows today', () => {
  it('leaves the history as written in the quarter it was written in', () => {
    const { history: placed, planEnded } = placeInTime(history, plan, day('2026-12-02'));
    expect(planEnded).toBe(false);
    expect(placed).toEqual(history);
  });

  it('puts the open review in the quarter that contains today, with nothing dated after today', () => {
    fc.assert(
      fc.property(days, (today) => {
        fc.pre(today.getTime() <= plan.endDate.getTime());
        const { history: placed, planEnded } = placeInTime(history, plan, today);
        expect(planEnded).toBe(false);
        const open = openOf(placed);
        expect(open.status).toBe('OPEN');
        expect(open.quarter).toBe(quarterOf(today).label);
        const q = quarterFromLabel(open.quarter)!;
        expect(open.opensOn >= iso(q.start) && open.opensOn <= iso(today)).toBe(true);
        for (const r of open.reviews) expect(r.reviewedOn <= iso(today)).toBe(true);
        for (const x of open.questions) expect(x.receivedOn <= iso(today)).toBe(true);
        // The closed quarters and the progress reports keep their real dates.
        expect(placed.cycles.filter((c) => c.status === 'CLOSED')).toEqual(
          history.cycles.filter((c) => c.status === 'CLOSED'),
        );
        expect(placed.updates).toBe(history.updates);
      }),
      { numRuns: 300 },
    );
  });

  it("after the plan's end, leaves the open review in the plan's last quarter and says the plan ended", () => {
    fc.assert(
      fc.property(days, (today) => {
        fc.pre(today.getTime() > plan.endDate.getTime());
        const { history: placed, planEnded } = placeInTime(history, plan, today);
        expect(planEnded).toBe(true);
        const last = openOf(placed);
        expect(last).toMatchObject({ quarter: '2026/27 Q4', status: 'OPEN', opensOn: '2027-02-02' });
        for (const r of last.reviews) expect(r.reviewedOn <= iso(today)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('moves dates by whole quarters: 2 November falls on 2 February a quarter later', () => {
    const open = openOf(placeInTime(history, plan, day('2027-03-10')).history);
    expect(open).toMatchObject({
      quarter: '2026/27 Q4',
      opensOn: '2027-02-02',
      deadline: '2027-03-18',
      meetingOn: '2027-04-19',
    });
  });
});
