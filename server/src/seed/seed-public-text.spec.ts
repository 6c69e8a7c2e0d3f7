import { findPersonalData } from '@partnership-tracker/domain';
import { loadSeedData } from './seed-data.js';

describe('seed public text', () => {
  const plans = loadSeedData().plans;

  it('gives every action a public summary and each plan a public contact', () => {
    for (const plan of plans) {
      expect(plan.contactEmail ?? plan.contactUrl).toBeTruthy();
      for (const action of plan.priorities.flatMap((p) => p.actions)) {
        expect([plan.slug, action.ref, action.publicSummary?.length ?? 0]).not.toContainEqual(0);
      }
    }
  });

  it('publishes nothing the privacy guardrail would stop', () => {
    const flagged = plans.flatMap((plan) =>
      plan.priorities
        .flatMap((p) => p.actions)
        .flatMap((a) => [a.title, a.publicSummary ?? ''])
        .flatMap((text) => findPersonalData(text)),
    );
    expect(flagged).toEqual([]);
  });
});
