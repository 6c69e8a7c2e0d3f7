import { describeSlippage, isoDay, slippageDays } from '@partnership-tracker/domain';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { Picture } from '../reviews/picture.js';
import type { StoredChange } from '../amendments/amendments.service.js';
import { longDate, plural } from './labels.js';
import { text, type Cell, type Section, type SectionTable } from './sections.js';

/** An amendment the report lists. */
export interface ReportAmendment {
  number: string;
  title: string;
  reason: string;
  /** 'YYYY-MM-DD' */
  approvedOn: string | null;
  appliedOn: string;
  approvedBy: string | null;
  changes: string[];
}

/** An action whose due date, as the report's picture shows it, is later than its baseline. */
export interface ReportSlip {
  ref: string;
  title: string;
  lead: string;
  baselineDueDate: string;
  dueDate: string;
  days: number;
  /** "moved 3 times, +7 months" */
  words: string;
}

export interface ReportBaseline {
  /** What "since the last report" means for this report, in words. */
  period: string;
  amendments: ReportAmendment[];
  slipped: ReportSlip[];
}

/**
 * The report's baseline facts: amendments applied since the last report, and the actions later
 * than their baseline. "Since the last report" runs from the moment the previous closed quarter's
 * picture shows to the moment this report's picture shows (the review's close, or now for a
 * draft), so a closed quarter's report lists the same amendments every time: applied amendments
 * never change, and baseline due dates are set once.
 */
export async function reportBaseline(
  prisma: PrismaService,
  picture: Picture,
  previous: Picture | null,
): Promise<ReportBaseline> {
  const until = new Date(picture.asAt);
  const from = previous ? new Date(previous.asAt) : null;
  const [amendments, applied, actions] = await Promise.all([
    prisma.amendment.findMany({
      where: {
        planId: picture.plan.id,
        status: 'APPLIED',
        appliedAt: { lte: until, ...(from ? { gt: from } : {}) },
      },
      orderBy: { number: 'asc' },
    }),
    prisma.amendment.findMany({
      where: { planId: picture.plan.id, status: 'APPLIED', appliedAt: { lte: until } },
      select: { changes: true },
    }),
    prisma.action.findMany({
      where: { id: { in: picture.actions.map((a) => a.id) } },
      select: { id: true, baselineDueDate: true },
    }),
  ]);
  const baselineOf = new Map(actions.map((a) => [a.id, a.baselineDueDate]));
  // Moves as at the picture: due date moves of amendments applied by then.
  const moves = new Map<string, number>();
  for (const a of applied) {
    for (const c of a.changes as unknown as StoredChange[]) {
      if (c.kind === 'MOVE_DATES' && c.dueDate && c.actionId)
        moves.set(c.actionId, (moves.get(c.actionId) ?? 0) + 1);
    }
  }
  const slipped = picture.actions.flatMap((a): ReportSlip[] => {
    const baseline = baselineOf.get(a.id);
    const days = slippageDays(baseline, a.dueDate);
    if (!baseline || !a.dueDate || days === null || days <= 0) return [];
    return [
      {
        ref: a.ref,
        title: a.title,
        lead: a.leadPartnerName,
        baselineDueDate: isoDay(baseline),
        dueDate: a.dueDate,
        days,
        words: describeSlippage({
          baselineDueDate: baseline,
          dueDate: a.dueDate,
          dueDateMoves: moves.get(a.id) ?? 0,
        })!,
      },
    ];
  });
  return {
    period: from
      ? `Amendments applied after ${longDate(from.toISOString())}, the moment the ${previous!.quarter} report shows, up to ${longDate(picture.asAt)}.`
      : `Amendments applied up to ${longDate(picture.asAt)}.`,
    amendments: amendments.map((a) => ({
      number: `A${a.number}`,
      title: a.title,
      reason: a.reason,
      approvedOn: a.approvedAt && isoDay(a.approvedAt),
      appliedOn: isoDay(a.appliedAt!),
      approvedBy: a.approvedByEmail,
      changes: (a.changes as unknown as StoredChange[]).map((c) => c.summary),
    })),
    slipped: slipped.sort((x, y) => y.days - x.days || x.ref.localeCompare(y.ref)),
  };
}

const date = (iso: string | null): Cell | null =>
  iso ? { text: longDate(iso), value: iso, kind: 'date' } : null;
const int = (n: number): Cell => ({ text: n.toLocaleString('en-GB'), value: n, kind: 'int' });

function slippageTable(b: ReportBaseline): SectionTable {
  return {
    headers: [
      'Ref',
      'Action',
      'Lead partner',
      'Baseline due date',
      'Due date',
      'Days later',
      'Against the baseline',
    ],
    rows: b.slipped.map((s) => [
      text(s.ref),
      text(s.title),
      text(s.lead),
      date(s.baselineDueDate),
      date(s.dueDate),
      int(s.days),
      text(s.words),
    ]),
    widths: [1, 5, 3, 2.5, 2.5, 1.5, 3],
    empty: 'No action is due later than agreed in the baseline.',
  };
}

function amendmentsTable(b: ReportBaseline): SectionTable {
  return {
    headers: ['Amendment', 'Title', 'Reason', 'Approved', 'Approved by', 'Applied', 'Changes'],
    rows: b.amendments.map((a) => [
      text(a.number),
      text(a.title),
      text(a.reason),
      date(a.approvedOn),
      text(a.approvedBy),
      date(a.appliedOn),
      text(a.changes.join('\n')),
    ]),
    widths: [1.5, 3, 5, 2, 3, 2, 6],
    empty: 'No amendments were applied since the last report.',
  };
}

/** The report's two baseline sections, for every format; none for a plan without a baseline. */
export function baselineSections(baseline: ReportBaseline | undefined): Section[] {
  if (!baseline) return [];
  const slips = slippageTable(baseline);
  const amendments = amendmentsTable(baseline);
  return [
    {
      key: 'slippage',
      title: 'Exceptions: slippage against the baseline',
      sheet: 'Slippage',
      newPage: false,
      inDocuments: true,
      intro: [
        baseline.slipped.length
          ? `${plural(baseline.slipped.length, 'action')} ${baseline.slipped.length === 1 ? 'is' : 'are'} due later than agreed in the plan's baseline, most first.`
          : 'No action is due later than agreed in the baseline.',
      ],
      parts: baseline.slipped.length ? [{ table: slips }] : [],
      table: slips,
    },
    {
      key: 'amendments',
      title: 'Amendments since the last report',
      sheet: 'Amendments',
      newPage: false,
      inDocuments: true,
      intro: [baseline.period],
      parts: baseline.amendments.map((a) => ({
        heading: `${a.number}: ${a.title}`,
        text: [
          `Why: ${a.reason}`,
          `Approved${a.approvedBy ? ` by ${a.approvedBy}` : ''}${a.approvedOn ? ` on ${longDate(a.approvedOn)}` : ''}; applied on ${longDate(a.appliedOn)}.`,
        ],
        bullets: a.changes,
      })),
      table: amendments,
    },
  ];
}
