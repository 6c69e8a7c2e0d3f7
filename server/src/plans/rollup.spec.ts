import {
  isActionOverdue,
  isMilestoneOverdue,
  ragCounts,
  statusCounts,
  weightedProgress,
  type RollupAction,
} from './rollup.js';

const action = (over: Partial<RollupAction> = {}): RollupAction => ({
  status: 'IN_PROGRESS',
  rag: 'GREEN',
  progress: 50,
  weight: 1,
  dueDate: null,
  ...over,
});

describe('weighted progress', () => {
  it('weights each action by its weight', () => {
    expect(weightedProgress([action({ progress: 100, weight: 3 }), action({ progress: 0, weight: 1 })])).toBe(
      75,
    );
  });

  it('leaves cancelled actions out, and is 0 for a priority with no actions', () => {
    expect(
      weightedProgress([action({ progress: 80 }), action({ status: 'CANCELLED', progress: 0, weight: 5 })]),
    ).toBe(80);
    expect(weightedProgress([])).toBe(0);
    expect(weightedProgress([action({ status: 'CANCELLED' })])).toBe(0);
  });

  it('always lies between the smallest and largest progress', () => {
    for (let i = 0; i < 200; i++) {
      const actions = Array.from({ length: 1 + (i % 7) }, (_, k) =>
        action({ progress: (i * 37 + k * 11) % 101, weight: 1 + ((i + k) % 5) }),
      );
      const p = weightedProgress(actions);
      const values = actions.map((a) => a.progress);
      expect(p).toBeGreaterThanOrEqual(Math.min(...values));
      expect(p).toBeLessThanOrEqual(Math.max(...values));
    }
  });
});

describe('counts', () => {
  it('counts RAG ratings and statuses', () => {
    const actions = [
      action({ rag: 'RED' }),
      action({ rag: 'RED', status: 'DEFERRED' }),
      action({ rag: 'AMBER', status: 'COMPLETED' }),
    ];
    expect(ragCounts(actions)).toEqual({ green: 0, amber: 1, red: 2 });
    expect(statusCounts(actions)).toEqual({
      notStarted: 0,
      inProgress: 1,
      completed: 1,
      deferred: 1,
      cancelled: 0,
    });
  });
});

describe('overdue', () => {
  const today = new Date('2026-11-22T00:00:00Z');
  it('is an open action past its due date, never a completed or cancelled one', () => {
    expect(isActionOverdue(action({ dueDate: new Date('2026-11-21') }), today)).toBe(true);
    expect(isActionOverdue(action({ dueDate: new Date('2026-11-22') }), today)).toBe(false);
    expect(isActionOverdue(action({ dueDate: new Date('2020-01-01'), status: 'COMPLETED' }), today)).toBe(
      false,
    );
    expect(isActionOverdue(action({ dueDate: new Date('2020-01-01'), status: 'CANCELLED' }), today)).toBe(
      false,
    );
    expect(isActionOverdue(action({ dueDate: null }), today)).toBe(false);
  });

  it('is a milestone past its due date with no completion', () => {
    expect(isMilestoneOverdue({ dueDate: new Date('2026-01-01'), completedOn: null }, today)).toBe(true);
    expect(
      isMilestoneOverdue({ dueDate: new Date('2026-01-01'), completedOn: new Date('2026-02-01') }, today),
    ).toBe(false);
  });
});
