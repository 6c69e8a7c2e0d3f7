import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { formServerErrors, type ConflictField } from '@/utils/graphqlErrors';

/**
 * Shows a mutation's errors on a react-hook-form form: field messages next to their fields,
 * other messages in the error summary. `attempt` changes on every failure, to refocus the summary.
 */
export function useServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  formFields: readonly string[],
  conflict?: ConflictField,
) {
  const [messages, setMessages] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  const show = useCallback(
    (error: unknown) => {
      const result = formServerErrors(error, formFields, conflict);
      for (const { field, message } of result.fields) {
        setError(field as Path<T>, { type: 'server', message });
      }
      setMessages(result.messages);
      setAttempt((n) => n + 1);
    },
    [setError, formFields, conflict],
  );
  const clear = useCallback(() => setMessages([]), []);

  return { messages, attempt, show, clear };
}
