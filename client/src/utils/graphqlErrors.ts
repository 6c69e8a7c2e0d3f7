import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorCode, ErrorExtensions, FieldProblem } from '@/__generated__/error-extensions';

/** The codes the API puts in `extensions.code`: the schema's ErrorCode. */
export type ApiErrorCode = ErrorCode;

export type FieldError = FieldProblem;

/**
 * An error's extensions, typed by the schema's ErrorExtensions (what the server's AppError may
 * carry). The API is the one writer of these keys, so the shape is trusted as declared.
 */
export function extensionsOf(error: { extensions?: Record<string, unknown> }): Partial<ErrorExtensions> {
  return (error.extensions ?? {}) as Partial<ErrorExtensions>;
}

/** The extensions of each GraphQL error in an Apollo error; none for a network failure. */
export function allExtensions(error: unknown): Partial<ErrorExtensions>[] {
  return CombinedGraphQLErrors.is(error) ? error.errors.map(extensionsOf) : [];
}

export const GENERIC_ERROR = 'Sorry, there is a problem with the service. Try again later.';

interface ApiError {
  code: string | undefined;
  message: string;
  fields: FieldError[];
  /** Why, when a code has several causes: an update link is EXPIRED or REVOKED, say. */
  reason: string | undefined;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/** The GraphQL errors in an Apollo error, in a plain shape. Network errors give none. */
export function apiErrors(error: unknown): ApiError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => {
    const ext = e.extensions ?? {};
    const fields = Array.isArray(ext.fields) ? ext.fields.filter(isFieldError) : [];
    return {
      code: typeof ext.code === 'string' ? ext.code : undefined,
      message: e.message,
      fields,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
    };
  });
}

export function errorCode(error: unknown): string | undefined {
  return apiErrors(error)[0]?.code;
}

export function isNotFound(error: unknown): boolean {
  return apiErrors(error).some((e) => e.code === 'NOT_FOUND');
}

export interface FormServerErrors {
  /** Messages about fields the form has, to show next to each field. */
  fields: FieldError[];
  /** Everything else, for the error summary only. */
  messages: string[];
}

/** Which field a CONFLICT is about (a taken slug, name or number), and optionally clearer words for it. */
export interface ConflictField {
  field: string;
  message?: string;
}

/**
 * Splits an error from a mutation into per-field messages (BAD_USER_INPUT carries
 * `extensions.fields`) and form-level messages (FORBIDDEN, CONFLICT, NOT_FOUND, UNAUTHENTICATED).
 * A form whose only unique value is one field can name it, so a CONFLICT shows by that field too.
 */
export function formServerErrors(
  error: unknown,
  formFields: readonly string[],
  conflict?: ConflictField,
): FormServerErrors {
  const errors = apiErrors(error);
  if (errors.length === 0) return { fields: [], messages: [GENERIC_ERROR] };
  const out: FormServerErrors = { fields: [], messages: [] };
  for (const e of errors) {
    if (e.code === 'INTERNAL_SERVER_ERROR') {
      out.messages.push(e.message || GENERIC_ERROR);
      continue;
    }
    if (e.code === 'BAD_USER_INPUT' && e.fields.length > 0) {
      for (const f of e.fields) {
        // Validation of a nested input may name the field 'input.title'.
        const field = f.field.replace(/^input\./, '');
        if (formFields.includes(field)) {
          if (!out.fields.some((x) => x.field === field)) out.fields.push({ field, message: f.message });
        } else {
          out.messages.push(f.message);
        }
      }
      continue;
    }
    if (e.code === 'CONFLICT' && conflict && formFields.includes(conflict.field)) {
      if (!out.fields.some((x) => x.field === conflict.field)) {
        out.fields.push({ field: conflict.field, message: conflict.message ?? e.message });
      }
      continue;
    }
    out.messages.push(e.message);
  }
  return out;
}
