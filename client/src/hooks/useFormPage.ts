import { useMemo, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { ErrorSummaryItem } from '@/components/ErrorSummary';
import { summaryItems, type FormField } from '@/utils/formErrors';
import type { ConflictField } from '@/utils/graphqlErrors';
import { useServerErrors } from './useServerErrors';

/** Where a saved form goes next, and the location state its page reads to show a success banner. */
export interface SavedTo {
  to: string;
  state: unknown;
}

export interface FormPageOptions<TValues extends FieldValues, TOutput> {
  /** Checks the boxes before sending. A form with no boxes (a confirmation) has none. */
  resolver?: Resolver<TValues, unknown, TOutput>;
  defaultValues?: DefaultValues<TValues>;
  /** The form's fields in page order. Keep the list stable: a module constant, or memoised. */
  fields: readonly FormField[];
  /** The field a CONFLICT from the API is about, if the form has one unique value. */
  conflict?: ConflictField;
  /**
   * Sends the checked values. What it throws is shown in the error summary and by the fields.
   * It returns where to go next, or nothing when the page itself shows what happened.
   */
  save: (values: TOutput) => Promise<SavedTo | void>;
}

/** What `FormPage` needs: the submit handler and the error summary. */
export interface FormSubmission {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  summary: ErrorSummaryItem[];
  /** Changes on every submission, so the error summary takes focus again. */
  focusKey: string;
}

/**
 * A GOV.UK form page's flow: check the boxes, send, show the API's errors by their fields and in
 * the error summary, or go to the next page with its success banner.
 */
export function useFormPage<TValues extends FieldValues, TOutput = TValues>({
  resolver,
  defaultValues,
  fields,
  conflict,
  save,
}: FormPageOptions<TValues, TOutput>) {
  const navigate = useNavigate();
  const form = useForm<TValues, unknown, TOutput>({
    resolver,
    defaultValues,
    // The error summary takes focus, not the first field.
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const { register, handleSubmit, formState, setError } = form;
  const fieldNames = useMemo(() => fields.map((f) => f.name), [fields]);
  const server = useServerErrors(setError, fieldNames, conflict);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let next: SavedTo | void;
    try {
      next = await save(values);
    } catch (error) {
      server.show(error);
      return;
    }
    if (next) navigate(next.to, { state: next.state });
  });

  const submission: FormSubmission = {
    onSubmit,
    summary: summaryItems(formState.errors, fields, server.messages),
    focusKey: `${formState.submitCount}-${server.attempt}`,
  };
  // `form` is for pages that need more, such as watching a choice to show a follow-up box.
  return { register, errors: formState.errors, submission, form };
}
