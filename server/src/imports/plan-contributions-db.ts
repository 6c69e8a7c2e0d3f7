import type { ActionContribution } from '../generated/prisma/client.js';
import type { Tx } from '../audit/audit.service.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import type { ContributionTarget } from './plan-contributions.js';

// The database side of the import's Contributes to column (plan-contributions.ts decides).

/** Every priority of every plan, as the column may name it. The import is for admins, who see all. */
export async function loadContributionTargets(db: Tx | PrismaService): Promise<ContributionTarget[]> {
  const rows = await db.priority.findMany({
    select: {
      id: true,
      planId: true,
      number: true,
      archivedAt: true,
      plan: { select: { slug: true, archivedAt: true } },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    planId: p.planId,
    planSlug: p.plan.slug,
    number: p.number,
    archived: p.archivedAt !== null || p.plan.archivedAt !== null,
  }));
}

/**
 * Links the action to each priority, agreed by the admin importing: a new record, or the pair's
 * record made live and agreed again (a proposal, a declined or a removed link), as the API does.
 */
export async function addContributions(
  tx: Tx,
  viewer: Viewer,
  actionId: string,
  targets: readonly ContributionTarget[],
  now: Date,
): Promise<{ before: ActionContribution | null; after: ActionContribution }[]> {
  const user = viewer.user!;
  const decided = {
    status: 'AGREED' as const,
    decidedById: user.id,
    decidedByEmail: user.email,
    decidedAt: now,
    archivedAt: null,
  };
  const out: { before: ActionContribution | null; after: ActionContribution }[] = [];
  for (const t of targets) {
    const before = await tx.actionContribution.findUnique({
      where: { actionId_priorityId: { actionId, priorityId: t.id } },
    });
    const after = before
      ? await tx.actionContribution.update({
          where: { id: before.id },
          data: { ...decided, version: { increment: 1 } },
        })
      : await tx.actionContribution.create({
          data: {
            ...decided,
            actionId,
            priorityId: t.id,
            proposedById: user.id,
            proposedByEmail: user.email,
          },
        });
    out.push({ before, after });
  }
  return out;
}
