import { isoDay } from '@partnership-tracker/domain';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { StoredChange } from './amendments.service.js';

/** An applied amendment as open data publishes it. */
export interface PublicAmendment {
  number: number;
  title: string;
  reason: string;
  proposedOn: string;
  approvedOn: string | null;
  appliedOn: string;
  /** Only the changes whose actions are all published (retired ones as they were). */
  changes: { kind: string; summary: string; refs: string[] }[];
}

/**
 * The plan's applied amendments for the public: what was changed, when and why, limited to the
 * changes of published actions, so an internal action's title never reaches open data.
 */
export async function publicAmendments(prisma: PrismaService, planId: string): Promise<PublicAmendment[]> {
  const [amendments, actions] = await Promise.all([
    prisma.amendment.findMany({ where: { planId, status: 'APPLIED' }, orderBy: { number: 'asc' } }),
    prisma.action.findMany({ where: { priority: { planId } }, select: { ref: true, published: true } }),
  ]);
  const published = new Set(actions.filter((a) => a.published).map((a) => a.ref));
  return amendments.map((a) => ({
    number: a.number,
    title: a.title,
    reason: a.reason,
    proposedOn: isoDay(a.proposedAt),
    approvedOn: a.approvedAt && isoDay(a.approvedAt),
    appliedOn: isoDay(a.appliedAt!),
    changes: (a.changes as unknown as StoredChange[])
      .filter((c) => c.refs.length > 0 && c.refs.every((ref) => published.has(ref)))
      .map((c) => ({ kind: c.kind, summary: c.summary, refs: c.refs })),
  }));
}
