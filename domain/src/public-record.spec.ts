import { changesPublicly } from './public-record.js';

describe('a published change', () => {
  const action = {
    title: 'Farm watch',
    status: 'IN_PROGRESS',
    progress: 40,
    rag: 'GREEN',
    dueDate: new Date('2027-03-31'),
    publicSummary: null,
    archivedAt: null,
  };

  it.each([
    [{ progress: 50 }],
    [{ status: 'COMPLETED' }],
    [{ dueDate: new Date('2027-06-30') }],
    [{ publicSummary: 'Patrols each week' }],
    [{ archivedAt: new Date('2026-12-02') }],
  ])('is a change to what residents see: %j', (changes) => {
    expect(changesPublicly('action', action, changes)).toBe(true);
  });

  it.each([
    [{ rag: 'AMBER', ragReason: 'Waiting for funding' }],
    [{ progress: 40, status: 'IN_PROGRESS' }],
    [{ dueDate: new Date('2027-03-31') }],
    [{ publicSummary: null }],
    [{ description: 'Internal notes' }],
    [{}],
  ])('is not an internal change or one that sets the same values: %j', (changes) => {
    expect(changesPublicly('action', action, changes)).toBe(false);
  });

  it("counts a milestone's completion, not its evidence or due date", () => {
    const milestone = { title: 'Launch', completedOn: null, dueDate: new Date('2027-01-31'), evidence: null };
    expect(changesPublicly('milestone', milestone, { completedOn: new Date('2026-12-01') })).toBe(true);
    expect(
      changesPublicly('milestone', milestone, { evidence: 'Minutes', dueDate: new Date('2027-02-28') }),
    ).toBe(false);
  });
});
