import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import type { SavedState } from '@/features/actions/utils/savedState';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { RequireCanUpdate } from '@/features/actions/components/CannotUpdate';
import { MilestoneFormFields } from '@/features/milestones/components/MilestoneFormFields';
import { CreateMilestoneMutation } from '@/features/milestones/graphql/CreateMilestone.mutation';
import { NewMilestoneFormQuery } from '@/features/milestones/graphql/NewMilestoneForm.query';
import {
  EMPTY_MILESTONE_FORM,
  MILESTONE_FIELDS,
  milestoneSchema,
  type MilestoneFormOutput,
  type MilestoneFormValues,
} from '@/features/milestones/utils/milestoneForm';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { useFormPage } from '@/hooks/useFormPage';

export interface MilestoneFormProps {
  action: { id: string; ref: string; title: string; canEdit: boolean };
}

export function NewMilestoneForm({ action }: MilestoneFormProps) {
  const [createMilestone, { loading }] = useMutation(CreateMilestoneMutation);
  const actionHref = `/actions/${action.id}`;
  const { register, errors, submission, personalData } = useFormPage<
    MilestoneFormValues,
    MilestoneFormOutput
  >({
    resolver: zodResolver(milestoneSchema),
    defaultValues: EMPTY_MILESTONE_FORM,
    fields: MILESTONE_FIELDS,
    save: async (values, confirmed) => {
      await createMilestone({
        variables: { input: { actionId: action.id, ...values, dueDate: values.dueDate!, ...confirmed } },
        // The action page lists milestones by due date: fetch the list again rather than guess the order.
        refetchQueries: [{ query: ActionDetailQuery, variables: { id: action.id } }],
        awaitRefetchQueries: true,
      });
      const state: SavedState = { saved: 'milestone', milestoneTitle: values.title };
      return { to: actionHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Add a milestone to action ${action.ref}`}
      backLink={{ to: actionHref, text: `Back to action ${action.ref}` }}
      caption={`Action ${action.ref}: ${action.title}`}
      heading="Add a milestone"
      submitText="Add milestone"
      saving={loading}
    >
      <MilestoneFormFields
        register={register}
        errors={errors}
        completedOnHint="Leave empty if the milestone is not done yet. For example, 27 3 2026"
      />
      <PersonalDataConfirm {...personalData} fieldLabels={{ title: 'Title' }} />
    </FormPage>
  );
}

function NewMilestoneLoader() {
  const { id = '' } = useParams();
  const result = useQuery(NewMilestoneFormQuery, { variables: { id } });
  return (
    <QueryResult result={result}>
      {(data) => (
        <RequireCanUpdate action={data.action} task="add a milestone to this action">
          <NewMilestoneForm action={data.action} />
        </RequireCanUpdate>
      )}
    </QueryResult>
  );
}

export function NewMilestonePage() {
  return (
    <RequireSignIn allowUpdateLink>
      <NewMilestoneLoader />
    </RequireSignIn>
  );
}
