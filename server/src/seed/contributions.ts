import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CONTRIBUTION_LIMITS, isOwnPlanContribution } from '@partnership-tracker/domain';
import type { Tx } from '../audit/audit.service.js';
import { SEED_DIR } from './seed-data.js';

// Which Rural Crime Strategy actions deliver which priorities of the 2025 Police and Crime Plan.
// Loaded with the demo data only (see docs/seed-data.md): the links are example data.

const SEEDED_BY = 'seed@example.org';

const link = z.object({
  from: z.object({ plan: z.string(), ref: z.string() }),
  to: z.object({ plan: z.string(), number: z.number().int() }),
  outcome: z.string().max(CONTRIBUTION_LIMITS.outcome.max).nullable(),
  how: z.string().max(CONTRIBUTION_LIMITS.how.max).nullable(),
  example: z.boolean(),
});

const file = z.object({ note: z.string(), contributions: z.array(link) });
export type SeedContributions = z.infer<typeof file>;

export function loadSeedContributions(dir = SEED_DIR): SeedContributions {
  const parsed = file.safeParse(JSON.parse(readFileSync(join(dir, 'contributions.json'), 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Seed file contributions.json is not valid:\n${where}`);
  }
  return parsed.data;
}

/** Adds the agreed links not there yet (matched by action and priority). Returns how many it added. */
export async function seedContributions(tx: Tx, data: SeedContributions): Promise<number> {
  let added = 0;
  for (const c of data.contributions) {
    const action = await tx.action.findFirst({
      where: { ref: c.from.ref, priority: { plan: { slug: c.from.plan } } },
      include: { priority: { include: { plan: true } } },
    });
    const priority = await tx.priority.findFirst({
      where: { number: c.to.number, plan: { slug: c.to.plan } },
      include: { plan: true },
    });
    if (!action || !priority) {
      throw new Error(`Seed contribution names an unknown action or priority: ${JSON.stringify(c)}`);
    }
    if (isOwnPlanContribution(action.priority.planId, priority.planId)) {
      throw new Error(`Seed contribution links action ${c.from.ref} to its own plan`);
    }
    const existing = await tx.actionContribution.findUnique({
      where: { actionId_priorityId: { actionId: action.id, priorityId: priority.id } },
    });
    if (existing) continue;
    await tx.actionContribution.create({
      data: {
        actionId: action.id,
        priorityId: priority.id,
        outcome: c.outcome,
        how: c.how,
        status: 'AGREED',
        proposedByEmail: SEEDED_BY,
        decidedByEmail: SEEDED_BY,
        // Agreed when the later of the two plans began, so reports of quarters since then show it.
        decidedAt: new Date(
          Math.max(action.priority.plan.startDate.getTime(), priority.plan.startDate.getTime()),
        ),
      },
    });
    added += 1;
  }
  return added;
}
