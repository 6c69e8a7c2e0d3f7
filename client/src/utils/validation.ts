import { z } from 'zod';
import {
  contactProblem,
  normaliseText,
  textLengthProblem,
  textProblem,
  tidyText,
  type ContactKind,
  type TextLimit,
} from '@partnership-tracker/domain';
import { datePartsToIso, isEmptyDate, todayIso } from './dates';

const partsSchema = z.object({ day: z.string(), month: z.string(), year: z.string() });

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A GOV.UK date input: three boxes that must make a real date. Gives 'YYYY-MM-DD', or null when
 * left empty and not required. Messages follow the Design System's date input guidance.
 */
export function dateField(name: string, options: { required?: boolean; notInFuture?: boolean } = {}) {
  return partsSchema
    .superRefine((parts, ctx) => {
      if (isEmptyDate(parts)) {
        if (options.required) ctx.addIssue({ code: 'custom', message: `Enter the ${lowerFirst(name)}` });
        return;
      }
      const missing = (['day', 'month', 'year'] as const).filter((p) => !parts[p].trim());
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: `${name} must include a ${missing.join(' and ')}` });
        return;
      }
      const iso = datePartsToIso(parts);
      if (!iso) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a real date` });
        return;
      }
      if (options.notInFuture && iso > todayIso()) {
        ctx.addIssue({ code: 'custom', message: `${name} must be today or in the past` });
      }
    })
    .transform((parts) => (isEmptyDate(parts) ? null : datePartsToIso(parts)));
}

/** A whole number typed into a text box. */
export function wholeNumberField(name: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: 'custom', message: `Enter the ${lowerFirst(name)}` });
      else if (!/^-?\d+$/.test(value))
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number` });
      else if (Number(value) < min || Number(value) > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be between ${min} and ${max}` });
      }
    })
    .transform((value) => Number(value));
}

/**
 * Text that must be filled in, within the field's limits (the API's, from the domain library),
 * tidied as the API tidies it. `missing` is the message for an empty box.
 */
export function requiredText(limit: TextLimit, { missing }: { missing: string }) {
  return z
    .string()
    .transform((value) => tidyText(value, limit))
    .pipe(
      z
        .string()
        .min(1, missing)
        .superRefine((value, ctx) => {
          const problem = textProblem(value) ?? textLengthProblem(value, limit);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    );
}

/** Free text where an empty box means 'none'. */
export const optionalText = (limit: TextLimit) =>
  z
    .string()
    .transform((value) => tidyText(value, limit))
    .superRefine((value, ctx) => {
      const problem = textProblem(value) ?? textLengthProblem(value, limit);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => normaliseText(v));

/**
 * An optional email address, telephone number or web address, in the format the API checks
 * (domain CONTACT). An empty box means none (null).
 */
export const optionalContact = (kind: ContactKind) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = value ? contactProblem(kind, value) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => (v ? v : null));
