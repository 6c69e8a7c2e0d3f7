import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { CreatePriorityMutation } from '@/features/priorities/graphql/CreatePriority.mutation';
import { NewPriorityFormQuery } from '@/features/priorities/graphql/NewPriorityForm.query';
import {
  nextPriorityNumber,
  PRIORITY_FIELDS,
  PRIORITY_NUMBER_CONFLICT,
  prioritySchema,
  type PriorityFormOutput,
  type PriorityFormValues,
} from '@/features/priorities/utils/priorityForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

export interface NewPriorityFormProps {
  plan: { id: string; slug: string; title: string; priorities: { number: number }[] };
}

export function NewPriorityForm({ plan }: NewPriorityFormProps) {
  const [createPriority, { loading }] = useMutation(CreatePriorityMutation);
  const planHref = `/plans/${plan.slug}`;
  const { register, errors, submission, personalData } = useFormPage<PriorityFormValues, PriorityFormOutput>({
    resolver: zodResolver(prioritySchema),
    defaultValues: { number: nextPriorityNumber(plan.priorities), title: '', description: '' },
    fields: PRIORITY_FIELDS,
    conflict: PRIORITY_NUMBER_CONFLICT,
    save: async (values, confirmed) => {
      const result = await createPriority({
        variables: { input: { planId: plan.id, ...values, ...confirmed } },
      });
      const state: PlanSavedState = { saved: 'priorityCreated', number: result.data!.createPriority.number };
      return { to: planHref, state };
    },
  });
  const field = fieldProps(register, errors);

  return (
    <FormPage
      submission={submission}
      title={`Add a priority to ${plan.title}`}
      backLink={{ to: planHref, text: `Back to ${plan.title}` }}
      caption={plan.title}
      heading="Add a priority"
      submitText="Add priority"
      saving={loading}
    >
      <TextInput
        label="Number"
        hint="Its place in the plan, from 1 to 99. Each priority in a plan has its own number."
        inputMode="numeric"
        widthClass="govuk-input--width-2"
        spellCheck={false}
        {...field.input('number')}
      />
      <TextInput
        label="Title"
        hint="For example, ‘Preventing and tackling rural crime’"
        {...field.input('title')}
      />
      <CharacterCount
        maxLength={LIMITS.priority.description.max}
        label="Description (optional)"
        {...field.input('description')}
      />
      <PersonalDataConfirm {...personalData} fieldLabels={{ title: 'Title' }} />
    </FormPage>
  );
}

function NewPriorityLoader() {
  const { slug = '' } = useParams();
  const result = useQuery(NewPriorityFormQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  return <QueryResult result={result}>{(data) => <NewPriorityForm plan={data.plan} />}</QueryResult>;
}

export function NewPriorityPage() {
  return (
    <RequireSignIn adminTask="add priorities">
      <NewPriorityLoader />
    </RequireSignIn>
  );
}
