import type { Plan, ReviewCycle } from '../generated/prisma/client.js';
import type { Tx } from '../audit/audit.service.js';
import { quarterOfYear, type Quarter } from '@partnership-tracker/domain';
import { buildPicture } from './picture.js';

/**
 * Closes a cycle and freezes its quarter, inside the caller's transaction: the cycle's status and
 * its snapshot are written together or not at all. `asAt` null freezes the live data (a review
 * closing now); a past moment rebuilds the picture from the update history (quarters reviewed
 * before the tracker was in use, as the seed does).
 */
export async function freezeCycle(
  tx: Tx,
  cycle: ReviewCycle,
  plan: Plan,
  by: { email: string; closedAt: Date; asAt: Date | null; judgedOn: Date },
) {
  const quarter: Quarter = quarterOfYear(cycle.financialYear, cycle.quarter as Quarter['quarter']);
  const picture = await buildPicture(tx, {
    plan,
    quarter,
    cycleId: cycle.id,
    asAt: by.asAt,
    takenAt: by.closedAt,
    judgedOn: by.judgedOn,
  });
  const snapshot = await tx.quarterSnapshot.create({
    data: {
      cycleId: cycle.id,
      planId: plan.id,
      financialYear: cycle.financialYear,
      quarter: cycle.quarter,
      takenAt: by.closedAt,
      takenByEmail: by.email,
      data: picture as object,
    },
  });
  return { picture, snapshot };
}
