import { useMemo, useState, type BaseSyntheticEvent, type ChangeEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { ErrorSummaryItem } from '@/components/ErrorSummary';
import { summaryItems, type FormField } from '@/utils/formErrors';
import type { ConflictField } from '@/utils/graphqlErrors';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';
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
   * `confirmed` holds the writer's answer to the privacy guardrail: send it with the input.
   */
  save: (values: TOutput, confirmed: ConfirmedPersonalData) => Promise<SavedTo | void>;
}

/** Sent with a mutation's input once the writer confirmed the flagged text is not personal data. */
export interface ConfirmedPersonalData {
  confirmPersonalData?: true;
}

/** What `PersonalDataConfirm` needs: the guardrail's findings from the last save, and the box. */
export interface PersonalDataPrompt {
  findings: PersonalDataFinding[];
  inputProps: { checked: boolean; onChange: (event: ChangeEvent<HTMLInputElement>) => void };
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
  // The privacy guardrail: what it found in the last save, and whether the writer confirmed it.
  const [findings, setFindings] = useState<PersonalDataFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let next: SavedTo | void;
    try {
      next = await save(values, confirmed ? { confirmPersonalData: true } : {});
    } catch (error) {
      setFindings(personalDataFindings(error));
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
  const personalData: PersonalDataPrompt = {
    findings,
    inputProps: { checked: confirmed, onChange: (event) => setConfirmed(event.target.checked) },
  };
  return { register, errors: formState.errors, submission, form, personalData };
}
