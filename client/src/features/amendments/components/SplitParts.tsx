import { useFieldArray, type Control, type FieldErrors } from 'react-hook-form';
import { SPLIT_PARTS } from '@partnership-tracker/domain';
import { Button } from '@/components/Button';
import { ErrorMessage } from '@/components/FormParts';
import { NewActionFields, type NewActionChoices } from '@/features/amendments/components/NewActionFields';
import {
  emptyNewAction,
  type ProposeOutput,
  type ProposeValues,
} from '@/features/amendments/utils/proposeForm';
import { fieldError } from '@/utils/formErrors';
import type { fieldProps } from '@/utils/fieldProps';

/**
 * The new actions a split makes, with GOV.UK's "add another" pattern: as many parts as the
 * domain rules allow (SPLIT_PARTS), each in its own fieldset, each removable down to the fewest.
 */
export function SplitParts({
  index,
  control,
  errors,
  field,
  choices,
}: {
  index: number;
  control: Control<ProposeValues, unknown, ProposeOutput>;
  errors: FieldErrors<ProposeValues>;
  field: ReturnType<typeof fieldProps<ProposeValues>>;
  choices: NewActionChoices;
}) {
  const name = `changes.${index}.newActions` as const;
  const parts = useFieldArray({ control, name });
  const error = fieldError(errors, name);
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-s">The new actions</h2>
      <p className="govuk-body">
        The action is retired and replaced by these, from {SPLIT_PARTS.min} to {SPLIT_PARTS.max}.
      </p>
      {error && <ErrorMessage id={`${name}-error`}>{error}</ErrorMessage>}
      {parts.fields.map((part, j) => (
        <NewActionFields
          key={part.id}
          at={`${name}.${j}`}
          legend={`New action ${j + 1}`}
          weightHint="A whole number from 1 to 10. Leave empty to keep the weight of the action it comes from"
          field={field}
          choices={choices}
        >
          {parts.fields.length > SPLIT_PARTS.min && (
            <Button type="button" variant="secondary" onClick={() => parts.remove(j)}>
              Remove new action {j + 1}
            </Button>
          )}
        </NewActionFields>
      ))}
      {parts.fields.length < SPLIT_PARTS.max && (
        <Button type="button" variant="secondary" onClick={() => parts.append(emptyNewAction())}>
          Add another new action
        </Button>
      )}
    </div>
  );
}
