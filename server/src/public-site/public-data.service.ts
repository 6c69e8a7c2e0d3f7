import { ANONYMOUS } from '../common/auth/viewer.js';
import { planVisibility } from '../common/auth/visibility.js';
import { Injectable } from '@nestjs/common';
import type { ActionStatus } from '../generated/prisma/enums.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { compareRefs } from '../actions/action-ref.js';
import { formatValue, periodLabel } from '@partnership-tracker/domain';
import { summarise } from '../indicators/summary.js';
import { statusCounts, weightedProgress } from '../plans/rollup.js';
import { publicAmendments, type PublicAmendment } from '../amendments/public-amendments.js';
import { evidenceVisibility } from '../evidence/evidence-access.js';
import { evidenceDownloadPath } from '../evidence/evidence.resolver.js';

// What the public progress page and open data publish, and nothing else: every field below is
// chosen to be public. Descriptions, RAG reasons, progress reports, milestone evidence text,
// internal notes, review notes and partner contacts are never read here; evidence files only
// when an admin has published them, and then never who added them.

export interface PublicMilestone {
  title: string;
  completedOn: Date;
}

/** An evidence file an admin has published: anyone may download it at `url`. */
export interface PublicEvidence {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  sha256: string;
  /** The met milestone it is evidence for; null for a file attached to a progress update. */
  milestone: string | null;
  publishedOn: Date;
  url: string;
}

export interface PublicAction {
  ref: string;
  title: string;
  status: ActionStatus;
  progress: number;
  leadPartner: string;
  supportingPartners: string[];
  startDate: Date | null;
  dueDate: Date | null;
  publicSummary: string | null;
  milestonesMet: PublicMilestone[];
  /** Published evidence files, in the order they were published. */
  evidence: PublicEvidence[];
  /** The due date agreed in the baseline, and how many amendments have moved it. */
  baselineDueDate: Date | null;
  dueDateMoves: number;
  /** The latest change the public sees (PUBLIC_FIELDS in the domain library). */
  lastUpdated: Date;
}

export interface PublicPriority {
  number: number;
  title: string;
  description: string | null;
  progress: number;
  counts: ReturnType<typeof statusCounts>;
  actions: PublicAction[];
}

export interface PublicIndicator {
  id: string;
  name: string;
  definition: string;
  dataSource: string;
  caveat: string | null;
  unit: string;
  direction: string;
  baselineLabel: string;
  baselineValue: number;
  baselineText: string;
  targetValue: number | null;
  targetText: string | null;
  targetDate: Date | null;
  exampleData: boolean;
  latest: { period: string; valueText: string } | null;
  status: 'ON_TARGET' | 'NEAR_TARGET' | 'OFF_TARGET' | null;
  trend: 'IMPROVING' | 'STABLE' | 'WORSENING' | null;
  updatedAt: Date;
}

export interface PublicPlan {
  slug: string;
  title: string;
  summary: string | null;
  startDate: Date;
  endDate: Date;
  owner: string;
  contactEmail: string | null;
  contactUrl: string | null;
  progress: number;
  priorities: PublicPriority[];
  indicators: PublicIndicator[];
  /** Applied amendments, oldest first (amendments/public-amendments.ts). */
  amendments: PublicAmendment[];
  lastUpdated: Date;
}

export interface PublicMeasurement {
  periodStart: Date;
  period: string;
  value: number;
  note: string | null;
}
/** An active plan the public may read: ACTIVE and not archived. */
const PUBLIC_PLAN = planVisibility.where(ANONYMOUS);

/** The files anyone may read: the same rule the download applies (evidence-access.ts). */
const PUBLIC_EVIDENCE = evidenceVisibility.where(ANONYMOUS);

const latestOf = (dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

@Injectable()
export class PublicDataService {
  constructor(private readonly prisma: PrismaService) {}

  /** Active plans, newest first, with their overall progress. */
  async plans() {
    const plans = await this.prisma.plan.findMany({
      where: PUBLIC_PLAN,
      orderBy: [{ startDate: 'desc' }, { title: 'asc' }],
      include: {
        priorities: {
          where: { archivedAt: null },
          include: { actions: { where: { archivedAt: null, published: true } } },
        },
      },
    });
    return plans.map((p) => {
      const actions = p.priorities.flatMap((pr) => pr.actions);
      return {
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        startDate: p.startDate,
        endDate: p.endDate,
        progress: weightedProgress(actions),
        actionCount: actions.length,
      };
    });
  }

  /** The public view of one active plan, or null when there is none to show. */
  async plan(slug: string): Promise<PublicPlan | null> {
    const plan = await this.prisma.plan.findFirst({
      where: { slug, ...PUBLIC_PLAN },
      include: {
        owner: { select: { name: true } },
        priorities: {
          where: { archivedAt: null },
          orderBy: { number: 'asc' },
          include: {
            actions: {
              where: { archivedAt: null, published: true },
              include: {
                leadPartner: { select: { name: true } },
                supporters: { include: { partner: { select: { name: true } } } },
                // Archived ones too: a met milestone archived left the page, a change residents see.
                milestones: {
                  where: { completedOn: { not: null } },
                  orderBy: [{ completedOn: 'asc' }, { title: 'asc' }],
                  select: { title: true, completedOn: true, archivedAt: true, publicChangedAt: true },
                },
                evidence: {
                  where: PUBLIC_EVIDENCE,
                  orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
                  select: {
                    id: true,
                    fileName: true,
                    kind: true,
                    sizeBytes: true,
                    sha256: true,
                    publishedAt: true,
                    milestone: { select: { title: true, completedOn: true, archivedAt: true } },
                  },
                },
              },
            },
          },
        },
      },
    });
    if (!plan) return null;

    const priorities: PublicPriority[] = plan.priorities.map((priority) => {
      const actions = [...priority.actions].sort((a, b) => compareRefs(a.ref, b.ref));
      return {
        number: priority.number,
        title: priority.title,
        description: priority.description,
        progress: weightedProgress(actions),
        counts: statusCounts(actions),
        actions: actions.map((a) => ({
          ref: a.ref,
          title: a.title,
          status: a.status,
          progress: a.progress,
          leadPartner: a.leadPartner.name,
          supportingPartners: a.supporters.map((s) => s.partner.name).sort((x, y) => x.localeCompare(y)),
          startDate: a.startDate,
          dueDate: a.dueDate,
          baselineDueDate: a.baselineDueDate,
          dueDateMoves: a.dueDateMoves,
          publicSummary: a.publicSummary,
          milestonesMet: a.milestones
            .filter((m) => m.archivedAt === null)
            .map((m) => ({ title: m.title, completedOn: m.completedOn as Date })),
          evidence: a.evidence.map((f) => ({
            id: f.id,
            fileName: f.fileName,
            kind: f.kind,
            sizeBytes: f.sizeBytes,
            sha256: f.sha256,
            // A milestone's title is public once it is met (and not archived), as milestonesMet.
            milestone:
              f.milestone && f.milestone.completedOn && !f.milestone.archivedAt ? f.milestone.title : null,
            publishedOn: f.publishedAt as Date,
            url: evidenceDownloadPath(f.id),
          })),
          // The latest change the public sees: a RAG rating or a commentary is not one.
          lastUpdated: latestOf([a.publicChangedAt, ...a.milestones.map((m) => m.publicChangedAt)]),
        })),
      };
    });
    const indicators = await this.indicatorsOf(plan.id);
    const allActions = plan.priorities.flatMap((p) => p.actions);
    // An action archived or unpublished left the page at that moment: a change residents see.
    const { _max: withdrawn } = await this.prisma.action.aggregate({
      where: { priority: { planId: plan.id }, OR: [{ archivedAt: { not: null } }, { published: false }] },
      _max: { publicChangedAt: true },
    });
    return {
      slug: plan.slug,
      title: plan.title,
      summary: plan.summary,
      startDate: plan.startDate,
      endDate: plan.endDate,
      owner: plan.owner.name,
      contactEmail: plan.contactEmail,
      contactUrl: plan.contactUrl,
      progress: weightedProgress(allActions),
      priorities,
      indicators,
      amendments: await publicAmendments(this.prisma, plan.id),
      lastUpdated: latestOf([
        plan.updatedAt,
        ...plan.priorities.map((p) => p.updatedAt),
        ...priorities.flatMap((p) => p.actions.map((a) => a.lastUpdated)),
        ...indicators.map((i) => i.updatedAt),
        ...(withdrawn.publicChangedAt ? [withdrawn.publicChangedAt] : []),
      ]),
    };
  }

  /** Published indicators that measure any of the plan's priorities, by name. */
  private async indicatorsOf(planId: string): Promise<PublicIndicator[]> {
    const rows = await this.prisma.indicator.findMany({
      where: {
        archivedAt: null,
        published: true,
        priorities: { some: { priority: { planId, archivedAt: null } } },
      },
      orderBy: { name: 'asc' },
      include: { measurements: { orderBy: { periodStart: 'asc' } } },
    });
    return rows.map((indicator) => {
      const summary = summarise(indicator, indicator.measurements);
      const latest = summary.latest;
      return {
        id: indicator.id,
        name: indicator.name,
        definition: indicator.definition,
        dataSource: indicator.dataSource,
        caveat: indicator.caveat,
        unit: indicator.unit,
        direction: indicator.direction,
        baselineLabel: indicator.baselineLabel,
        baselineValue: indicator.baselineValue,
        baselineText: formatValue(indicator.baselineValue, indicator.unit),
        targetValue: indicator.targetValue,
        targetText:
          indicator.targetValue === null ? null : formatValue(indicator.targetValue, indicator.unit),
        targetDate: indicator.targetDate,
        exampleData: indicator.exampleData,
        latest: latest && {
          period: periodLabel(latest.periodStart, indicator.frequency),
          valueText: formatValue(latest.value, indicator.unit),
        },
        status: summary.status,
        trend: summary.trend,
        updatedAt: latestOf([indicator.updatedAt, ...indicator.measurements.map((m) => m.updatedAt)]),
      };
    });
  }

  /** A published indicator's series, or null: the same indicators the API shows the public. */
  async indicatorSeries(id: string) {
    const indicator = await this.prisma.indicator.findFirst({
      where: { id, archivedAt: null, published: true },
      include: { measurements: { orderBy: { periodStart: 'asc' } } },
    });
    if (!indicator) return null;
    return {
      indicator,
      measurements: indicator.measurements.map((m): PublicMeasurement => ({
        periodStart: m.periodStart,
        period: periodLabel(m.periodStart, indicator.frequency),
        value: m.value,
        note: m.note,
      })),
    };
  }
}
