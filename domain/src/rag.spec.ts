import { suggestRag, timeElapsed, type RagInput } from './rag.js';

const today = new Date('2026-11-22T00:00:00Z');
const rule = { redLateDays: 30, amberBehindPoints: 20 };
const base: RagInput = {
  status: 'IN_PROGRESS',
  progress: 50,
  startDate: new Date('2026-01-01'),
  dueDate: new Date('2027-12-31'),
  milestones: [],
};
const milestone = (due: string, done: string | null = null) => ({
  dueDate: new Date(due),
  completedOn: done ? new Date(done) : null,
});

describe('the suggested RAG', () => {
  it('is GREEN when on time and on track', () => {
    expect(suggestRag(base, rule, today)).toBe('GREEN');
  });

  it('is RED when the action is overdue, or a milestone is more than 30 days late', () => {
    expect(suggestRag({ ...base, dueDate: new Date('2026-11-21') }, rule, today)).toBe('RED');
    expect(suggestRag({ ...base, milestones: [milestone('2026-10-22')] }, rule, today)).toBe('RED');
  });

  it('is AMBER when a milestone is late by up to 30 days, or progress trails time by more than 20 points', () => {
    expect(suggestRag({ ...base, milestones: [milestone('2026-10-23')] }, rule, today)).toBe('AMBER');
    // 2026-01-01 to 2026-12-31: about 89% of the time has passed
    expect(suggestRag({ ...base, dueDate: new Date('2026-12-31'), progress: 68 }, rule, today)).toBe('AMBER');
    expect(suggestRag({ ...base, dueDate: new Date('2026-12-31'), progress: 69 }, rule, today)).toBe('GREEN');
  });

  it('ignores completed milestones, and suggests GREEN for completed or cancelled actions', () => {
    expect(suggestRag({ ...base, milestones: [milestone('2025-01-01', '2025-01-02')] }, rule, today)).toBe(
      'GREEN',
    );
    expect(suggestRag({ ...base, status: 'COMPLETED', dueDate: new Date('2020-01-01') }, rule, today)).toBe(
      'GREEN',
    );
  });

  it('follows the plan’s own thresholds', () => {
    const strict = { redLateDays: 0, amberBehindPoints: 0 };
    expect(suggestRag({ ...base, milestones: [milestone('2026-11-20')] }, strict, today)).toBe('RED');
  });

  it('measures time elapsed between the start and due dates', () => {
    expect(timeElapsed(new Date('2026-01-01'), new Date('2026-01-11'), new Date('2026-01-06'))).toBe(50);
    expect(timeElapsed(null, new Date('2026-01-11'), today)).toBeNull();
    expect(timeElapsed(new Date('2026-01-01'), new Date('2026-01-11'), new Date('2030-01-01'))).toBe(100);
  });
});
