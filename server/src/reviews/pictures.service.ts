import { Injectable } from '@nestjs/common';
import type { Plan, QuarterSnapshot, ReviewCycle } from '../generated/prisma/client.js';
import { isSignedIn } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { todayInUk } from '@partnership-tracker/domain';
import { badInput, notFound, unauthenticated } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import {
  quarterAt,
  quarterFromLabel,
  quarterKey,
  quarterOfYear,
  type Quarter,
} from '@partnership-tracker/domain';
import { comparePictures, type Comparison } from './comparison.js';
import { buildPicture, type Picture, type PictureAction } from './picture.js';
import type { TargetStatus, Trend } from '../indicators/indicator-enums.js';
import type { PlanSnapshotModel, SnapshotActionModel } from './review.models.js';
import { Clock } from '../common/clock.js';

export const LIVE = 'Live';

/** A plan's quarter pictures: frozen snapshots, the live picture, and comparisons between them. */
@Injectable()
export class PicturesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  /** Review notes and internal figures are for signed-in users; the public page has its own. */
  assertCanRead(viewer: Viewer) {
    if (!isSignedIn(viewer)) throw unauthenticated('Sign in to see quarterly reviews');
  }

  parseQuarter(label: string, field = 'quarter'): Quarter {
    const quarter = quarterFromLabel(label.trim());
    if (!quarter) throw badInput([{ field, message: 'Enter a quarter like "2025/26 Q1"' }]);
    return quarter;
  }

  /** The live data as a picture of the current quarter (or of a cycle's quarter). */
  async live(
    plan: Plan,
    cycle?: Pick<ReviewCycle, 'id' | 'financialYear' | 'quarter'> | null,
  ): Promise<Picture> {
    const now = this.clock.now();
    const quarter = cycle
      ? quarterOfYear(cycle.financialYear, cycle.quarter as Quarter['quarter'])
      : quarterAt(now);
    return buildPicture(this.prisma, {
      plan,
      quarter,
      cycleId: cycle?.id ?? null,
      asAt: null,
      takenAt: now,
      judgedOn: todayInUk(now),
    });
  }

  async frozen(viewer: Viewer, plan: Plan, label: string): Promise<QuarterSnapshot | null> {
    this.assertCanRead(viewer);
    const q = this.parseQuarter(label);
    return this.prisma.quarterSnapshot.findUnique({
      where: {
        planId_financialYear_quarter: { planId: plan.id, financialYear: q.financialYear, quarter: q.quarter },
      },
    });
  }

  async list(viewer: Viewer, plan: Plan) {
    this.assertCanRead(viewer);
    const rows = await this.prisma.quarterSnapshot.findMany({
      where: { planId: plan.id },
      select: { financialYear: true, quarter: true, takenAt: true, cycleId: true },
      orderBy: [{ financialYear: 'desc' }, { quarter: 'desc' }],
    });
    return rows.map((r) => ({
      quarter: quarterOfYear(r.financialYear, r.quarter as Quarter['quarter']).label,
      takenAt: r.takenAt,
      cycleId: r.cycleId,
    }));
  }

  /** The latest frozen picture before a quarter, for trends. */
  async previousFrozen(planId: string, before: Quarter): Promise<Picture | null> {
    const rows = await this.prisma.quarterSnapshot.findMany({
      where: { planId },
      select: { financialYear: true, quarter: true, data: true },
    });
    const earlier = rows
      .filter((r) => r.financialYear * 4 + r.quarter - 1 < quarterKey(before))
      .sort((a, b) => b.financialYear * 4 + b.quarter - (a.financialYear * 4 + a.quarter));
    return (earlier[0]?.data as unknown as Picture | undefined) ?? null;
  }

  /** Compares two quarters, or a quarter with the live data when `to` is left out or "Live". */
  async compare(viewer: Viewer, plan: Plan, from: string, to?: string | null): Promise<Comparison> {
    this.assertCanRead(viewer);
    const fromRow = await this.frozen(viewer, plan, from);
    if (!fromRow) throw notFound(`A closed review for ${from.trim()}`);
    if (!to || to.trim() === LIVE) {
      return comparePictures(fromRow.data as unknown as Picture, await this.live(plan), LIVE);
    }
    const toRow = await this.frozen(viewer, plan, to);
    if (!toRow) throw notFound(`A closed review for ${to.trim()}`);
    return comparePictures(fromRow.data as unknown as Picture, toRow.data as unknown as Picture);
  }
}

/** A picture in the API's shape: moments as Dates. */
export function toSnapshotModel(
  picture: Picture,
  frozen: Pick<QuarterSnapshot, 'takenAt' | 'takenByEmail'> | null,
): PlanSnapshotModel {
  const { plan, priorities, actions } = picture;
  return {
    quarter: picture.quarter,
    live: frozen === null,
    asAt: new Date(picture.asAt),
    takenAt: frozen?.takenAt ?? null,
    takenByEmail: frozen?.takenByEmail ?? null,
    rollup: plan,
    priorities,
    actions: actions.map(toSnapshotAction),
    indicators: (picture.indicators ?? []).map((i) => ({
      ...i,
      status: i.status as TargetStatus | null,
      trend: i.trend as Trend | null,
    })),
  };
}

export const toSnapshotAction = (a: PictureAction): SnapshotActionModel => ({
  ...a,
  latestUpdateAt: a.latestUpdateAt ? new Date(a.latestUpdateAt) : null,
  entries: a.entries.map((e) => ({ ...e, at: new Date(e.at) })),
});
