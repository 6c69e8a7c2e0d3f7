import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { ChoiceItems } from '@/components/Checkboxes';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { DateInput } from '@/components/DateInput';
import { FieldsetGroup } from '@/components/FormParts';
import { TextInput } from '@/components/TextInput';
import type { QuestionFormValues } from '@/features/reviews/utils/questionForm';
import { fieldProps } from '@/utils/fieldProps';
import { fieldError } from '@/utils/formErrors';
import '@/features/reviews/reviews.css';

export interface QuestionFormFieldsProps {
  register: UseFormRegister<QuestionFormValues>;
  errors: FieldErrors<QuestionFormValues>;
  /** The plan's actions by priority, to link the question to. */
  priorities: { id: string; number: number; actions: { id: string; ref: string; title: string }[] }[];
  /** Publishing is for a question that exists, with an answer. */
  canPublish: boolean;
}

export function QuestionFormFields({ register, errors, priorities, canPublish }: QuestionFormFieldsProps) {
  const field = fieldProps(register, errors);
  const actions = priorities.flatMap((p) => p.actions);
  return (
    <>
      <CharacterCount
        maxLength={LIMITS.question.question.max}
        label="Question"
        hint="As the resident asked it, without their name"
        {...field.input('question')}
      />
      <DateInput legend="Date received" {...field.date('receivedOn')} />
      <TextInput
        label="Asked by (optional)"
        hint="For example, ‘a resident of Hope Valley’. Only the Commissioner’s team can see this."
        {...field.input('askedBy')}
      />
      <CharacterCount
        maxLength={LIMITS.question.answer.max}
        label="Answer (optional)"
        rows={6}
        {...field.input('answer')}
      />
      <TextInput
        label="Answered by (optional)"
        hint="The person or organisation giving the answer"
        {...field.input('answeredBy')}
      />
      <FieldsetGroup
        id="actionIds"
        legend="Actions the question is about (optional)"
        legendSize="s"
        error={fieldError(errors, 'actionIds')}
      >
        <ChoiceItems
          kind="checkboxes"
          small
          idPrefix="actionIds"
          inputProps={register('actionIds')}
          items={actions.map((a) => ({ value: a.id, label: `${a.ref} ${a.title}` }))}
        />
      </FieldsetGroup>
      {canPublish && (
        <FieldsetGroup
          id="published"
          legend="Publish"
          legendSize="s"
          hint="Published questions and answers appear on the plan’s public page. A question needs an answer before it is published."
          error={fieldError(errors, 'published')}
        >
          <ChoiceItems
            kind="checkboxes"
            small
            idPrefix="published"
            items={[{ label: 'Publish this question and its answer', inputProps: register('published') }]}
          />
        </FieldsetGroup>
      )}
    </>
  );
}
