import { createHash } from 'node:crypto';
import type { ReportEvidence } from './evidence-appendix.js';
import type { ActionStatus, IndicatorUnit, Rag } from '../generated/prisma/enums.js';
import { quarterFromLabel, nextQuarter } from '@partnership-tracker/domain';
import { formatIsoDate } from '../common/graphql/scalars.js';
import type { ReportAlignment } from '../alignment/report-alignment.js';
import { buildAgenda } from '../reviews/agenda.js';
import { comparePictures, type ActionRef } from '../reviews/comparison.js';
import type { Picture } from '../reviews/picture.js';
import {
  decisionWords,
  FOLLOW_UP_WORDS,
  longDate,
  RAG_WORDS,
  REASON_WORDS,
  STATUS_WORDS,
  TARGET_WORDS,
  TREND_WORDS,
} from './labels.js';
import type { ReportBaseline } from './baseline-section.js';

/**
 * The Panel report as one plain object, built once from a quarter's picture. Every format is a
 * pure rendering of it, so the PDF, Word, Excel and CSV files always say the same thing, and a
 * report of a closed quarter (built from its frozen snapshot) comes out the same every time.
 * Nothing in it may depend on when it is built: no "generated at" moment, no live lookups.
 */
export const REPORT_MODEL_FORMAT = 3;

export interface Count<K extends string> {
  key: K;
  label: string;
  count: number;
}

export interface ReportMovements {
  /** The closed quarter compared with, e.g. "2024/25 Q3". */
  fromQuarter: string;
  progressFrom: number;
  progressTo: number;
  ragMovements: { from: string; to: string; count: number; actions: string }[];
  completed: string[];
  added: string[];
  deferred: string[];
  slippedMilestones: { action: string; milestone: string; fromDue: string; toDue: string; days: number }[];
}

export interface ReportPriority {
  number: number;
  title: string;
  progress: number;
  actionCount: number;
  rags: Count<Rag>[];
  /** The chart's text alternative: what the bars show, in words. */
  chartAlt: string;
}

export interface ReportThreadEntry {
  kind: 'Decision' | 'Response';
  text: string;
  by: string;
  on: string;
}

export interface ReportException {
  position: number;
  ref: string;
  title: string;
  lead: string;
  status: string;
  rag: string;
  progress: number;
  reasons: string[];
  commentary: string | null;
  decision: string | null;
  thread: ReportThreadEntry[];
}

export interface ReportMilestone {
  ref: string;
  action: string;
  title: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  lead: string;
  status: 'Done' | 'Due';
}

export interface ReportFollowUp {
  ref: string;
  action: string;
  description: string;
  owner: string;
  dueOn: string;
  status: string;
}

export interface ReportIndicator {
  name: string;
  baselineLabel: string;
  baseline: string;
  target: string | null;
  latestPeriod: string | null;
  /** The latest value as a number (for spreadsheets), and as written for its unit. */
  latestValue: number | null;
  latest: string | null;
  unit: IndicatorUnit;
  change: string | null;
  changePercent: string | null;
  /** The numbers behind baseline, target and the changes, for spreadsheets; null where a snapshot
   * frozen before they were kept has only the texts. */
  baselineValue: number | null;
  targetValue: number | null;
  changeValue: number | null;
  changePercentValue: number | null;
  status: string | null;
  trend: string | null;
}

export interface ReportAction {
  ref: string;
  title: string;
  priorityNumber: number;
  lead: string;
  status: string;
  rag: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
  latestUpdateOn: string | null;
}

export interface ReportModel {
  format: typeof REPORT_MODEL_FORMAT;
  title: string;
  planTitle: string;
  planSlug: string;
  /** The organisation that owns the plan, for the cover. */
  owner: string;
  quarter: string;
  /** Built from live data: every page says "Draft". */
  draft: boolean;
  /** The moment the data shows (ISO), and when a closed quarter was frozen (ISO), or null. */
  asAt: string;
  frozenAt: string | null;
  source: string;
  summary: {
    actionCount: number;
    progress: number;
    statuses: Count<ActionStatus>[];
    rags: Count<Rag>[];
    overdueActions: number;
    overdueMilestones: number;
    exceptions: number;
    movements: ReportMovements | null;
  };
  priorities: ReportPriority[];
  exceptions: ReportException[];
  milestonesDue: { quarter: string; items: ReportMilestone[] };
  followUps: ReportFollowUp[];
  indicators: ReportIndicator[];
  actions: ReportAction[];
  /** Contributions between this plan and others (alignment/report-alignment.ts); absent before them. */
  alignment?: ReportAlignment;
  /** Each milestone's evidence files (absent from models made before evidence files existed). */
  evidence?: ReportEvidence[];
  /** Slippage against the baseline and amendments since the last report; absent without a baseline. */
  baseline?: ReportBaseline;
}

export interface ReportSource {
  picture: Picture;
  /** The last closed quarter before this one, for movements and the amber trend. */
  previous: Picture | null;
  /** The reviewer's agenda order (action ids). */
  agendaOrder: readonly string[];
  draft: boolean;
  /** When the closed quarter was frozen; null for a draft. */
  frozenAt: Date | null;
  /** The plan owner's name. */
  owner: string;
  /** From reportBaseline (baseline-section.ts), for a plan with a baseline. */
  baseline?: ReportBaseline;
}

const RAGS: Rag[] = ['RED', 'AMBER', 'GREEN'];
const STATUSES: [ActionStatus, keyof Picture['plan']['statusCounts']][] = [
  ['NOT_STARTED', 'notStarted'],
  ['IN_PROGRESS', 'inProgress'],
  ['COMPLETED', 'completed'],
  ['DEFERRED', 'deferred'],
  ['CANCELLED', 'cancelled'],
];

const named = (a: ActionRef) => `${a.ref} ${a.title}`;

function ragCounts(counts: { green: number; amber: number; red: number }): Count<Rag>[] {
  return RAGS.map((rag) => ({
    key: rag,
    label: RAG_WORDS[rag],
    count: counts[rag.toLowerCase() as 'green' | 'amber' | 'red'],
  }));
}

export function buildReportModel(source: ReportSource): ReportModel {
  const { picture, previous, draft } = source;
  const quarter = quarterFromLabel(picture.quarter);
  if (!quarter) throw new Error(`A picture with an unknown quarter: ${picture.quarter}`);
  const next = nextQuarter(quarter);
  const [nextStart, nextEnd] = [formatIsoDate(next.start), formatIsoDate(next.end)];
  const agenda = buildAgenda(picture, previous, source.agendaOrder);
  const comparison = previous ? comparePictures(previous, picture) : null;

  const source_ = draft
    ? `Draft from live data as at ${longDate(picture.asAt)}. Figures will change until the quarter is closed.`
    : `Frozen when the ${picture.quarter} review closed on ${longDate(source.frozenAt!.toISOString())}.`;

  return {
    format: REPORT_MODEL_FORMAT,
    title: `${picture.plan.title}: Panel report, ${picture.quarter}${draft ? ' (draft)' : ''}`,
    planTitle: picture.plan.title,
    planSlug: picture.plan.slug,
    owner: source.owner,
    quarter: picture.quarter,
    draft,
    asAt: picture.asAt,
    frozenAt: source.frozenAt?.toISOString() ?? null,
    source: source_,
    summary: {
      actionCount: picture.plan.actionCount,
      progress: picture.plan.progress,
      statuses: STATUSES.map(([key, field]) => ({
        key,
        label: STATUS_WORDS[key],
        count: picture.plan.statusCounts[field],
      })),
      rags: ragCounts(picture.plan.ragCounts),
      overdueActions: picture.plan.overdueActionCount,
      overdueMilestones: picture.plan.overdueMilestoneCount,
      exceptions: agenda.length,
      movements: comparison && {
        fromQuarter: comparison.from,
        progressFrom: comparison.plan.from,
        progressTo: comparison.plan.to,
        ragMovements: comparison.ragMovements.map((m) => ({
          from: RAG_WORDS[m.from],
          to: RAG_WORDS[m.to],
          count: m.count,
          actions: m.actions.map(named).join('; '),
        })),
        completed: comparison.completed.map(named),
        added: comparison.added.map(named),
        deferred: comparison.deferred.map(named),
        slippedMilestones: comparison.slippedMilestones.map((s) => ({
          action: named(s.action),
          milestone: s.title,
          fromDue: s.fromDue,
          toDue: s.toDue,
          days: s.days,
        })),
      },
    },
    priorities: picture.priorities.map((p) => {
      const rags = ragCounts(p.ragCounts);
      return {
        number: p.number,
        title: p.title,
        progress: p.progress,
        actionCount: p.actionCount,
        rags,
        chartAlt:
          `Bar chart of the RAG status of the ${p.actionCount} actions of priority ${p.number}: ` +
          rags.map((r) => `${r.label} ${r.count}`).join(', ') +
          '.',
      };
    }),
    exceptions: agenda.map(({ position, action, reasons }) => ({
      position,
      ref: action.ref,
      title: action.title,
      lead: action.leadPartnerName,
      status: STATUS_WORDS[action.status],
      rag: RAG_WORDS[action.rag],
      progress: action.progress,
      reasons: reasons.map((r) => REASON_WORDS[r]),
      commentary: action.latestCommentary,
      decision: action.decision ? decisionWords(action.decision, action.escalatedTo) : null,
      thread: action.entries.map((e) => ({
        kind: e.kind === 'DECISION' ? 'Decision' : 'Response',
        text: e.decision
          ? `${decisionWords(e.decision, e.escalatedTo)}${e.body ? `: ${e.body}` : ''}`
          : e.body,
        by: e.authorName,
        on: e.at.slice(0, 10),
      })),
    })),
    milestonesDue: {
      quarter: next.label,
      items: picture.actions
        .flatMap((a) =>
          a.milestones
            .filter((m) => m.dueDate >= nextStart && m.dueDate <= nextEnd)
            .map((m) => ({
              ref: a.ref,
              action: a.title,
              title: m.title,
              dueDate: m.dueDate,
              lead: a.leadPartnerName,
              status: m.completedOn ? ('Done' as const) : ('Due' as const),
            })),
        )
        .sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.ref.localeCompare(y.ref)),
    },
    followUps: picture.actions.flatMap((a) =>
      a.followUps
        .filter((f) => f.status === 'OPEN')
        .map((f) => ({
          ref: a.ref,
          action: a.title,
          description: f.description,
          owner: f.ownerName,
          dueOn: f.dueOn,
          status: FOLLOW_UP_WORDS[f.status],
        })),
    ),
    indicators: (picture.indicators ?? []).map((i) => ({
      name: i.name,
      baselineLabel: i.baselineLabel,
      baseline: i.baselineText,
      target: i.targetText,
      latestPeriod: i.latestPeriod,
      latestValue: i.latestValue,
      latest: i.latestText,
      unit: i.unit,
      change: i.changeText,
      changePercent: i.changePercentText,
      baselineValue: i.baselineValue ?? null,
      targetValue: i.targetValue ?? null,
      changeValue: i.change ?? null,
      changePercentValue: i.changePercent ?? null,
      status: i.status ? (TARGET_WORDS[i.status] ?? i.status) : null,
      trend: i.trend ? (TREND_WORDS[i.trend] ?? i.trend) : null,
    })),
    actions: picture.actions.map((a) => ({
      ref: a.ref,
      title: a.title,
      priorityNumber: a.priorityNumber,
      lead: a.leadPartnerName,
      status: STATUS_WORDS[a.status],
      rag: RAG_WORDS[a.rag],
      progress: a.progress,
      startDate: a.startDate,
      dueDate: a.dueDate,
      latestUpdateOn: a.latestUpdateAt ? a.latestUpdateAt.slice(0, 10) : null,
    })),
    ...(source.baseline ? { baseline: source.baseline } : {}),
  };
}

/** The SHA-256 of a freshly built model: equal models give equal hashes (same key order). */
export function hashModel(model: ReportModel): string {
  return createHash('sha256').update(JSON.stringify(model)).digest('hex');
}

/** "rural-crime-strategy-2024-2027-2024-25-q4-panel-report" (plus "-draft" for live data). */
export function reportBaseName(model: Pick<ReportModel, 'planSlug' | 'quarter' | 'draft'>): string {
  const quarter = model.quarter.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${model.planSlug}-${quarter}-panel-report${model.draft ? '-draft' : ''}`;
}
