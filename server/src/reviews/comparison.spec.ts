import type { Picture, PictureAction } from './picture.js';
import { pictureAction } from './picture.fixtures.js';
import { comparePictures } from './comparison.js';

const action = pictureAction;

function picture(quarter: string, actions: PictureAction[], progress: number): Picture {
  const rollup = {
    progress,
    actionCount: actions.length,
    ragCounts: { green: 0, amber: 0, red: 0 },
    statusCounts: { notStarted: 0, inProgress: 0, completed: 0, deferred: 0, cancelled: 0 },
    overdueActionCount: 0,
    overdueMilestoneCount: 0,
  };
  return {
    format: 1,
    quarter,
    asAt: '2025-04-01T00:00:00.000Z',
    judgedOn: '2025-04-01',
    plan: { id: 'plan', slug: 'plan', title: 'Plan', ...rollup },
    priorities: [{ id: 'p1', number: 1, title: 'Priority', ...rollup }],
    actions,
  };
}

const m = (id: string, dueDate: string) => ({ id, title: `Milestone ${id}`, dueDate, completedOn: null });

describe('comparing two quarters', () => {
  const before = picture(
    '2024/25 Q3',
    [
      action('1.1', { rag: 'AMBER', progress: 40 }),
      action('1.2', { rag: 'AMBER', progress: 60 }),
      action('1.3', { rag: 'GREEN', progress: 70, milestones: [m('a', '2025-03-31'), m('b', '2025-06-30')] }),
      action('1.4', { rag: 'GREEN', progress: 90 }),
      action('1.5', { progress: 20 }),
      action('1.6'),
    ],
    45,
  );
  const after = picture(
    '2024/25 Q4',
    [
      action('1.1', { rag: 'GREEN', progress: 55 }),
      action('1.2', { rag: 'GREEN', progress: 60 }),
      action('1.3', { rag: 'RED', progress: 65, milestones: [m('a', '2025-05-15'), m('b', '2025-06-30')] }),
      action('1.4', { status: 'COMPLETED', progress: 100 }),
      action('1.5', { status: 'DEFERRED', rag: 'AMBER', progress: 20 }),
      action('1.7', { progress: 0 }),
    ],
    52,
  );
  const c = comparePictures(before, after);

  it('counts RAG movements, worsening first', () => {
    expect(c.ragMovements.map((r) => [r.from, r.to, r.count, r.actions.map((a) => a.ref)])).toEqual([
      ['GREEN', 'RED', 1, ['1.3']],
      ['GREEN', 'AMBER', 1, ['1.5']],
      ['AMBER', 'GREEN', 2, ['1.1', '1.2']],
    ]);
  });

  it('gives progress changes for the plan, each priority and each action, negative when it went back', () => {
    expect(c.plan).toEqual({ from: 45, to: 52, change: 7 });
    expect(c.priorities).toEqual([{ number: 1, title: 'Priority', from: 45, to: 52, change: 7 }]);
    expect(c.actions.find((a) => a.ref === '1.3')).toMatchObject({ from: 70, to: 65, change: -5 });
  });

  it('lists actions completed, added, removed and deferred', () => {
    expect(c.completed.map((a) => a.ref)).toEqual(['1.4']);
    expect(c.added.map((a) => a.ref)).toEqual(['1.7']);
    expect(c.removed.map((a) => a.ref)).toEqual(['1.6']);
    expect(c.deferred.map((a) => a.ref)).toEqual(['1.5']);
  });

  it('finds milestones whose due date moved later, with the days', () => {
    expect(c.slippedMilestones).toEqual([
      {
        action: { id: '1.3', ref: '1.3', title: 'Action 1.3' },
        milestoneId: 'a',
        title: 'Milestone a',
        fromDue: '2025-03-31',
        toDue: '2025-05-15',
        days: 45,
      },
    ]);
  });

  it('finds nothing between a picture and itself', () => {
    const same = comparePictures(after, after);
    expect([
      same.ragMovements,
      same.completed,
      same.added,
      same.removed,
      same.deferred,
      same.slippedMilestones,
    ]).toEqual([[], [], [], [], [], []]);
    expect(same.actions.every((a) => a.change === 0)).toBe(true);
  });
});
