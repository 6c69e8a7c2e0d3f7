import {
  amendmentTransitionProblem,
  baselinedFieldsChanged,
  checkAmendment,
  describePlanSlippage,
  describeSlippage,
  isCalendarDay,
  type AmendablePlan,
} from './amendments.js';

const plan: AmendablePlan = {
  status: 'ACTIVE',
  priorities: [{ id: 'p1', archived: false }],
  actions: [
    {
      id: 'a1',
      ref: '1.1',
      title: 'Datatag marking',
      startDate: '2024-04-01',
      dueDate: '2026-03-31',
      weight: 2,
      archived: false,
    },
    {
      id: 'a2',
      ref: '1.2',
      title: 'Farm watch',
      startDate: null,
      dueDate: '2026-06-30',
      weight: 1,
      archived: false,
    },
    { id: 'a3', ref: '1.3', title: 'Old action', startDate: null, dueDate: null, weight: 1, archived: true },
  ],
  milestones: [{ id: 'm1', actionId: 'a1', dueDate: '2025-09-30', archived: false }],
  partnerIds: ['lead'],
};
const spec = (ref: string, dueDate = '2027-03-31') => ({
  priorityId: 'p1',
  ref,
  title: `Action ${ref}`,
  leadPartnerId: 'lead',
  dueDate,
});

describe('which changes an amendment may make', () => {
  it('accepts a valid set of every kind', () => {
    expect(
      checkAmendment(plan, [
        { kind: 'MOVE_DATES', actionId: 'a1', dueDate: '2026-10-31' },
        { kind: 'MOVE_MILESTONE', milestoneId: 'm1', dueDate: '2025-12-31' },
        { kind: 'CHANGE_SCOPE', actionId: 'a1', title: 'Datatag marking of quad bikes' },
        { kind: 'CHANGE_WEIGHT', actionId: 'a2', weight: 3 },
        { kind: 'ADD_ACTION', newActions: [spec('1.4')] },
        { kind: 'SPLIT_ACTION', actionId: 'a1', newActions: [spec('1.5'), spec('1.6')] },
        { kind: 'MERGE_ACTIONS', actionIds: ['a2', 'a1'], newActions: [spec('1.7')] },
      ]).map((p) => p.field),
    ).toEqual(['changes.6.actionIds']); // a1 was split away by change 5: the rules read in order
  });

  it('refuses archived and unknown targets, bad dates, weights and taken refs, saying where', () => {
    expect(
      checkAmendment(plan, [
        { kind: 'RETIRE_ACTION', actionId: 'a3' },
        { kind: 'RETIRE_ACTION', actionId: 'elsewhere' },
        { kind: 'MOVE_DATES', actionId: 'a1', startDate: '2026-05-01', dueDate: '2026-04-01' },
        { kind: 'MOVE_MILESTONE', milestoneId: 'm1', dueDate: '2026-02-30' },
        { kind: 'CHANGE_WEIGHT', actionId: 'a2', weight: 11 },
        { kind: 'ADD_ACTION', newActions: [spec('1.3'), spec('1.8')] },
      ]),
    ).toEqual([
      { field: 'changes.0.actionId', message: 'Action 1.3 is retired or archived: it cannot be amended' },
      { field: 'changes.1.actionId', message: 'Choose an action of this plan' },
      { field: 'changes.2.dueDate', message: 'The due date must be the same as or after the start date' },
      { field: 'changes.3.dueDate', message: 'Enter a real date, like 2026-03-31' },
      { field: 'changes.4.weight', message: 'Weight must be a whole number from 1 to 10' },
      { field: 'changes.5.newActions', message: 'Describe the new action' },
      { field: 'changes.5.newActions.0.ref', message: 'The plan already has an action 1.3' },
    ]);
  });

  it('splits into two to ten new actions and merges two to ten different actions', () => {
    const many = (n: number, from: number) => Array.from({ length: n }, (_, i) => spec(`2.${from + i}`));
    expect(
      checkAmendment(plan, [
        { kind: 'SPLIT_ACTION', actionId: 'a1', newActions: many(1, 1) },
        { kind: 'SPLIT_ACTION', actionId: 'a2', newActions: many(11, 10) },
        { kind: 'MERGE_ACTIONS', actionIds: ['a2'], newActions: many(1, 30) },
        { kind: 'MERGE_ACTIONS', actionIds: ['a1', 'a1'], newActions: many(1, 31) },
      ]).filter((p) => !p.message.includes('retired')), // the splits retired a1 and a2
    ).toEqual([
      { field: 'changes.0.newActions', message: 'Describe from 2 to 10 new actions' },
      { field: 'changes.1.newActions', message: 'Describe from 2 to 10 new actions' },
      { field: 'changes.2.actionIds', message: 'Choose from 2 to 10 different actions to merge' },
      { field: 'changes.3.actionIds', message: 'Choose from 2 to 10 different actions to merge' },
    ]);
  });

  it('judges the milestones of a new action: a title, a real date, no two with one title', () => {
    expect(
      checkAmendment(plan, [
        {
          kind: 'ADD_ACTION',
          newActions: [
            {
              ...spec('1.4'),
              milestones: [
                { title: 'Pilot launched', dueDate: '2026-09-30' },
                { title: ' pilot  launched', dueDate: '2026-10-31' },
                { title: '', dueDate: '2026-02-30' },
              ],
            },
          ],
        },
      ]),
    ).toEqual([
      {
        field: 'changes.0.newActions.0.milestones.1.title',
        message: 'Two milestones are called " pilot  launched": give each its own title',
      },
      { field: 'changes.0.newActions.0.milestones.2.title', message: 'Enter the title' },
      {
        field: 'changes.0.newActions.0.milestones.2.dueDate',
        message: 'Enter a real due date, like 2026-03-31',
      },
    ]);
  });

  it('asks for an empty date, and for a real one when it is not a date', () => {
    expect(
      checkAmendment(plan, [
        { kind: 'ADD_ACTION', newActions: [{ ...spec('1.4'), dueDate: '' }] },
        { kind: 'ADD_ACTION', newActions: [{ ...spec('1.5'), dueDate: '2027-02-30' }] },
        { kind: 'MOVE_MILESTONE', milestoneId: 'm1', dueDate: '' },
      ]),
    ).toEqual([
      { field: 'changes.0.newActions.0.dueDate', message: 'Enter the due date' },
      { field: 'changes.1.newActions.0.dueDate', message: 'Enter a real due date, like 2026-03-31' },
      { field: 'changes.2.dueDate', message: 'Enter the new due date' },
    ]);
  });

  it('is for active plans only, and needs a change', () => {
    expect(checkAmendment({ ...plan, status: 'DRAFT' }, [])).toEqual([
      { field: 'planId', message: expect.stringMatching(/^The plan is a draft/) },
      { field: 'changes', message: 'Add at least one change' },
    ]);
  });

  it('moves PROPOSED to APPROVED to APPLIED, and never back', () => {
    expect(amendmentTransitionProblem('PROPOSED', 'APPROVED')).toBeNull();
    expect(amendmentTransitionProblem('APPROVED', 'APPLIED')).toBeNull();
    expect(amendmentTransitionProblem('PROPOSED', 'APPLIED')).toMatch(/can only be approved/);
    expect(amendmentTransitionProblem('APPLIED', 'WITHDRAWN')).toMatch(/already applied/);
  });
});

describe('the baseline', () => {
  it('names the baselined fields a change alters, dates compared as days', () => {
    const before = { title: 'A', dueDate: new Date('2026-03-31T00:00:00Z'), weight: 1, progress: 5 };
    expect(baselinedFieldsChanged('action', before, { dueDate: '2026-03-31', progress: 50 })).toEqual([]);
    expect(baselinedFieldsChanged('action', before, { dueDate: '2026-04-30', title: 'B' })).toEqual([
      'dueDate',
      'title',
    ]);
  });

  it('puts slippage into words', () => {
    expect(describeSlippage({ baselineDueDate: '2026-03-31', dueDate: '2026-10-31', dueDateMoves: 3 })).toBe(
      'moved 3 times, +7 months',
    );
    expect(describeSlippage({ baselineDueDate: '2026-03-31', dueDate: '2026-03-17', dueDateMoves: 1 })).toBe(
      'moved once, 2 weeks earlier',
    );
    expect(describeSlippage({ baselineDueDate: '2026-03-31', dueDate: '2026-03-31', dueDateMoves: 0 })).toBe(
      'as agreed in the baseline',
    );
    expect(describeSlippage({ baselineDueDate: '2025-03-31', dueDate: '2026-05-31', dueDateMoves: 2 })).toBe(
      'moved twice, +1 year 2 months',
    );
    expect(describeSlippage({ baselineDueDate: null, dueDate: '2026-05-31', dueDateMoves: 0 })).toBeNull();
    expect(
      describePlanSlippage([
        { baselineDueDate: '2026-03-31', dueDate: '2026-10-31' },
        { baselineDueDate: '2026-03-31', dueDate: '2026-03-31' },
      ]),
    ).toBe('1 of 2 actions is due later than agreed in the baseline, by up to 7 months');
  });

  it('knows a real calendar day', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('31/03/2026')).toBe(false);
  });
});
