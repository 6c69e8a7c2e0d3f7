/**
 * Field limits and normalisation, written once for the API's inputs, the plan import and the
 * client's forms, with the messages all three give.
 */
import { normaliseBlock, normaliseLine } from './text.js';

export interface TextLimit {
  /** The field's name in messages: "Title must be at least 3 characters". */
  label: string;
  min?: number;
  max: number;
  /** A single line (a title, a name), or paragraphs (a description): how the text is tidied. */
  lines: 'one' | 'many';
}

/** A field of paragraphs. */
const text = (label: string, max: number, min?: number): TextLimit =>
  min ? { label, min, max, lines: 'many' } : { label, max, lines: 'many' };
/** A single-line field. */
const line = (label: string, max: number, min?: number): TextLimit =>
  min ? { label, min, max, lines: 'one' } : { label, max, lines: 'one' };

export const LIMITS = {
  plan: {
    title: line('Title', 200, 3),
    summary: text('Summary', 5000),
    /** Never shown to the public. */
    internalNotes: text('Internal notes', 10_000),
  },
  priority: {
    title: line('Title', 200, 3),
    description: text('Description', 5000),
  },
  action: {
    title: line('Title', 300, 3),
    description: text('Description', 5000),
    publicSummary: text('Public summary', 2000),
    /** Supporting partners of one action. */
    supporters: 30,
  },
  milestone: {
    title: line('Title', 300, 3),
    evidence: text('Evidence', 5000),
  },
  /** Evidence files: why one is archived. Kinds and sizes are in evidence.ts. */
  evidence: {
    archiveReason: text('Reason', 1000, 3),
  },
  update: {
    commentary: text('Commentary', 5000, 3),
    outcome: text('Outcome', 5000),
    ragReason: text('Reason', 2000),
    /** The evidence that a milestone ticked in a progress report is done. */
    completionEvidence: text('Evidence', 2000, 3),
  },
  indicator: {
    name: line('Name', 200, 3),
    definition: text('Definition', 5000, 3),
    dataSource: line('Data source', 500, 2),
    caveat: text('Caveat', 1000),
    baselineLabel: line('Baseline period', 100, 2),
    /** A note on one measured value. */
    note: text('Note', 1000),
  },
  review: {
    decisionNote: text('Note', 5000, 3),
    followUp: text('Follow-up', 1000, 3),
    /** A partner's answer to a challenge. */
    answer: text('Answer', 5000, 3),
  },
  question: {
    question: text('Question', 5000, 3),
    askedBy: line('Asked by', 200),
    answer: text('Answer', 10_000),
    answeredBy: line('Answered by', 200),
  },
  partner: {
    name: line('Name', 200, 2),
    description: text('Description', 2000),
  },
  user: {
    name: line('Full name', 200, 2),
  },
  progress: { label: 'Progress', min: 0, max: 100 },
} as const;

/** A plan's slug: the end of its web address, /plans/<slug>. It cannot change once set. */
export const PLAN_SLUG = {
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  max: 80,
  message: 'Slug must be lower-case letters and numbers joined by hyphens, like rural-crime-2024-2027',
} as const;

/** Whether a value could be a plan's slug: what the API accepts, and a plan can have. */
export const isPlanSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= PLAN_SLUG.max && PLAN_SLUG.pattern.test(value);

const count = (n: number) => n.toLocaleString('en-GB');

export const tooShortMessage = (label: string, min: number) => `${label} must be at least ${min} characters`;
export const tooLongMessage = (label: string, max: number) =>
  `${label} must be ${count(max)} characters or fewer`;
export const outOfRangeMessage = (label: string, min: number, max: number) =>
  `${label} must be between ${count(min)} and ${count(max)}`;

/** A field's text as stored: a single line joined and trimmed, paragraphs trimmed at either end. */
export function tidyText(value: string, limit: Pick<TextLimit, 'lines'>): string {
  return limit.lines === 'one' ? normaliseLine(value) : normaliseBlock(value);
}

/** Text as stored: trimmed, and null when nothing is left. */
export function normaliseText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * What is wrong with a text's length, or null. Empty text passes here: whether a field is
 * required is the form's or the input's own rule, with its own message.
 */
export function textLengthProblem(value: string, limit: TextLimit): string | null {
  if (limit.min && value.length > 0 && value.length < limit.min)
    return tooShortMessage(limit.label, limit.min);
  if (value.length > limit.max) return tooLongMessage(limit.label, limit.max);
  return null;
}

export const COMPLETED_MEANS_DONE = 'A completed action is 100% done';

/**
 * Completed means 100%: the progress an action gets when its status is set, where progress was
 * not given (undefined), and the problem when a completed action is given less.
 */
export function progressForStatus(
  status: string | undefined,
  progress: number | undefined,
): { progress: number | undefined; problem: string | null } {
  if (status !== 'COMPLETED') return { progress, problem: null };
  if (progress === undefined) return { progress: 100, problem: null };
  return { progress, problem: progress === 100 ? null : COMPLETED_MEANS_DONE };
}
