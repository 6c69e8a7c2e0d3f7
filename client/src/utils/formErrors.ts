import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import type { ErrorSummaryItem } from '@/components/ErrorSummary';

/** A form field in page order, and the id the error summary links to (a date's day box, a group's first box). */
export interface FormField {
  name: string;
  target?: string;
  /** Which part of the page, where several parts share a message: "Change 2" in the summary. */
  context?: string;
}

export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const message: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** Error summary items: form-level messages first, then field errors in the order the fields appear. */
export function summaryItems<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: readonly FormField[],
  messages: readonly string[] = [],
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = messages.map((text) => ({ text }));
  for (const field of fields) {
    const text = fieldError(errors, field.name);
    if (text)
      items.push({
        text: field.context ? `${field.context}: ${text}` : text,
        target: field.target ?? field.name,
      });
  }
  return items;
}
