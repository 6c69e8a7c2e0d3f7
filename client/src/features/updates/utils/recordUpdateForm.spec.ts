import fc from 'fast-check';
import { needsRagReason, ruleOf, suggestRagForUpdate, type ActionStatus } from '@partnership-tracker/domain';
import type { Rag } from '@/__generated__/graphql';
import { isoToDateParts, todayIso } from '@/utils/dates';
import {
  emptyCompletion,
  recordUpdateSchema,
  suggestionFor,
  toRecordUpdateInput,
  type RagContext,
  type RecordUpdateFormValues,
} from './recordUpdateForm';

const values: RecordUpdateFormValues = {
  status: 'IN_PROGRESS',
  rag: 'AMBER',
  ragReason: '',
  progress: '40',
  commentary: 'Two farm watch meetings held',
  outcome: '',
  milestoneIds: [],
  completions: {},
};

// Started a year ago, due in a year: half the time gone, so 40% is 10 points behind.
const context: RagContext = {
  action: { startDate: '2025-12-02', dueDate: '2027-12-02', progress: 40 },
  milestones: [{ id: 'm1', dueDate: '2026-11-01', completedOn: null }],
  rule: { redLateDays: 30, amberBehindPoints: 20 },
  today: '2026-12-02',
};

describe('the suggested RAG on the record-update form', () => {
  it('follows what the partner types and ticks, before anything is sent', () => {
    // The open milestone is 31 days late: red.
    expect(suggestionFor(context, values)).toBe('RED');
    // Ticking it leaves the action on time and on track: green.
    const ticked = { ...values, milestoneIds: ['m1'] };
    expect(suggestionFor(context, ticked)).toBe('GREEN');
    // 25% trails the 50% of time gone by more than 20 points: amber.
    expect(suggestionFor(context, { ...ticked, progress: '25' })).toBe('AMBER');
    // Progress not yet a number counts as the saved progress.
    expect(suggestionFor(context, { ...ticked, progress: '2x' })).toBe('GREEN');
  });

  it('asks for a reason only when the chosen RAG is not the suggestion for the values in the form', () => {
    const red = recordUpdateSchema(context).safeParse({ ...values, rag: 'RED' });
    expect(red.success).toBe(true);
    const amber = recordUpdateSchema(context).safeParse(values);
    expect(amber.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['ragReason', 'The plan’s rule suggests Red: explain why you chose Amber'],
    ]);
    const tickedRed = recordUpdateSchema(context).safeParse({
      ...values,
      rag: 'RED',
      milestoneIds: ['m1'],
      completions: { m1: { completedOn: isoToDateParts('2026-11-30'), evidence: 'Signs up' } },
    });
    expect(tickedRed.error?.issues.map((i) => i.message)).toEqual([
      'The plan’s rule suggests Green: explain why you chose Red',
    ]);
  });

  it('does not send a reason when the RAG is the suggested one', () => {
    const parsed = recordUpdateSchema(context).parse({ ...values, rag: 'RED', ragReason: 'left over' });
    expect(toRecordUpdateInput('a1', 3, parsed, context).ragReason).toBeNull();
  });

  it('sends the reason when the server asked for one', () => {
    const parsed = recordUpdateSchema(context).parse({ ...values, rag: 'RED', ragReason: 'Board agreed' });
    expect(toRecordUpdateInput('a1', 3, parsed, context, true).ragReason).toBe('Board agreed');
  });
});

// Days as the API holds them: a Date at UTC midnight (the Date scalar parses 'YYYY-MM-DD' so).
const asServerDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (dayOffset: number) =>
  new Date(Date.UTC(2026, 11, 2) + dayOffset * 86_400_000).toISOString().slice(0, 10);

const arbitraryCase = fc
  .record({
    todayOffset: fc.integer({ min: -800, max: 800 }),
    start: fc.option(fc.integer({ min: -900, max: 900 }), { nil: null }),
    due: fc.option(fc.integer({ min: -900, max: 900 }), { nil: null }),
    savedProgress: fc.integer({ min: 0, max: 100 }),
    rule: fc.record({
      ragRedLateDays: fc.integer({ min: 0, max: 120 }),
      ragAmberBehindPoints: fc.integer({ min: 0, max: 100 }),
    }),
    milestones: fc.array(
      fc.record({
        due: fc.integer({ min: -900, max: 900 }),
        done: fc.option(fc.integer({ min: -900, max: 0 }), { nil: null }),
        tick: fc.boolean(),
        doneAgo: fc.integer({ min: 0, max: 400 }),
      }),
      { maxLength: 5 },
    ),
    status: fc.constantFrom<ActionStatus>('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DEFERRED', 'CANCELLED'),
    progress: fc.integer({ min: 0, max: 100 }),
    rag: fc.constantFrom<Rag>('RED', 'AMBER', 'GREEN'),
  })
  .map((c) => ({ ...c, progress: c.status === 'COMPLETED' ? 100 : c.progress }));

describe('the client’s suggestion and the server’s', () => {
  it('agree for any action, plan rule, submitted values and milestones ticked', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const today = isoOf(c.todayOffset);
        const milestones = c.milestones.map((m, i) => ({
          id: `m${i}`,
          dueDate: isoOf(m.due),
          completedOn: m.done === null ? null : isoOf(c.todayOffset + m.done),
        }));
        const ctx: RagContext = {
          action: {
            startDate: c.start === null ? null : isoOf(c.start),
            dueDate: c.due === null ? null : isoOf(c.due),
            progress: c.savedProgress,
          },
          milestones,
          rule: { redLateDays: c.rule.ragRedLateDays, amberBehindPoints: c.rule.ragAmberBehindPoints },
          today,
        };
        const open = milestones.filter((m) => m.completedOn === null);
        const ticked = open.filter((_, i) => c.milestones[i]?.tick);
        const form: RecordUpdateFormValues = {
          ...values,
          status: c.status,
          rag: c.rag,
          ragReason: '',
          progress: String(c.progress),
          milestoneIds: ticked.map((m) => m.id),
          completions: Object.fromEntries(
            ticked.map((m, i) => [
              m.id,
              {
                completedOn: isoToDateParts(isoOf(c.todayOffset - (c.milestones[i]?.doneAgo ?? 0))),
                evidence: 'Done',
              },
            ]),
          ),
        };
        const shown = suggestionFor(ctx, form);
        // What the form sends, read as the API reads it, judged as UpdatesService.record judges it.
        const parsed = recordUpdateSchema(ctx).safeParse({ ...form, ragReason: 'Because' });
        if (!parsed.success) return; // a completion date after today: the form stops it first
        const input = toRecordUpdateInput('a1', 1, parsed.data, ctx);
        const serverSuggestion = suggestRagForUpdate(
          {
            startDate: ctx.action.startDate === null ? null : asServerDay(ctx.action.startDate),
            dueDate: ctx.action.dueDate === null ? null : asServerDay(ctx.action.dueDate),
          },
          milestones.map((m) => ({
            id: m.id,
            dueDate: asServerDay(m.dueDate),
            completedOn: m.completedOn === null ? null : asServerDay(m.completedOn),
          })),
          {
            status: input.status,
            progress: input.progress,
            milestoneCompletions: (input.milestoneCompletions ?? []).map((x) => ({
              milestoneId: x.milestoneId,
              completedOn: asServerDay(String(x.completedOn)),
            })),
          },
          ruleOf(c.rule),
          asServerDay(today),
        );
        expect(shown).toBe(serverSuggestion);
        // So the partner who picks what the form suggests is never asked for a reason.
        expect(needsRagReason(shown, serverSuggestion)).toBe(false);
        expect(input.ragReason === null).toBe(c.rag === shown);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a milestone ticked as done', () => {
  it('is done today unless the partner says another day', () => {
    expect(emptyCompletion().completedOn).toEqual(isoToDateParts(todayIso()));
  });

  it('asks for its date in words written from the question, not the field name', () => {
    const result = recordUpdateSchema(context).safeParse({
      ...values,
      milestoneIds: ['m1'],
      completions: { m1: { completedOn: { day: '', month: '', year: '' }, evidence: 'Signs up' } },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(
      'Enter the date the milestone was completed',
    );
  });
});
