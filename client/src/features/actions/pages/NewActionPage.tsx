import { useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { NewActionFormQuery as NewActionFormData } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { ActionFormFields } from '@/features/actions/components/ActionFormFields';
import { CreateActionMutation } from '@/features/actions/graphql/CreateAction.mutation';
import { NewActionFormQuery } from '@/features/actions/graphql/NewActionForm.query';
import {
  actionFormFields,
  createActionSchema,
  EMPTY_ACTION_FORM,
  type ActionFormValues,
  type CreateActionOutput,
} from '@/features/actions/utils/actionForm';
import type { SavedState } from '@/features/actions/utils/savedState';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useFormPage } from '@/hooks/useFormPage';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';

const FIELDS = actionFormFields('create');

type PlanWithPriority = NewActionFormData['plans'][number];
type Priority = PlanWithPriority['priorities'][number];

function NewActionForm({
  plan,
  priority,
  partners,
}: {
  plan: PlanWithPriority;
  priority: Priority;
  partners: NewActionFormData['partners'];
}) {
  const [createAction, { loading }] = useMutation(CreateActionMutation);
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const { register, errors, submission } = useFormPage<ActionFormValues, CreateActionOutput>({
    resolver: zodResolver(createActionSchema) as unknown as Resolver<
      ActionFormValues,
      unknown,
      CreateActionOutput
    >,
    defaultValues: EMPTY_ACTION_FORM,
    fields: FIELDS,
    save: async ({ confirmPersonalData, ...values }) => {
      const result = await createAction({
        variables: {
          input: {
            priorityId: priority.id,
            ...values,
            supportingPartnerIds: values.supportingPartnerIds.filter((p) => p !== values.leadPartnerId),
            confirmPersonalData: confirmPersonalData || undefined,
          },
        },
        // The dashboard's counts and lists now include the new action.
        refetchQueries: ['PlanDashboard', 'ActionsTable'],
      }).catch((error: unknown) => {
        setPersonalData(personalDataFindings(error));
        throw error;
      });
      const state: SavedState = { saved: 'created' };
      return { to: `/actions/${result.data!.createAction.id}`, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Add an action to priority ${priority.number}`}
      backLink={{ to: `/plans/${plan.slug}`, text: `Back to ${plan.title}` }}
      caption={`${plan.title}, priority ${priority.number}: ${priority.title}`}
      heading={`Add an action to priority ${priority.number}`}
      submitText="Add action"
      saving={loading}
    >
      <ActionFormFields
        mode="create"
        register={register}
        errors={errors}
        partners={partners}
        personalData={personalData}
      />
    </FormPage>
  );
}

function NewActionLoader() {
  const { id = '' } = useParams();
  const result = useQuery(NewActionFormQuery, { fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => {
        const plan = data.plans.find((p) => p.priorities.some((pr) => pr.id === id));
        const priority = plan?.priorities.find((pr) => pr.id === id);
        if (!plan || !priority) return <NotFound />;
        return <NewActionForm plan={plan} priority={priority} partners={data.partners} />;
      }}
    </QueryResult>
  );
}

export function NewActionPage() {
  return (
    <RequireSignIn>
      <NewActionLoader />
    </RequireSignIn>
  );
}
