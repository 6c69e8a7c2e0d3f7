import { useMemo } from 'react';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS } from '@partnership-tracker/domain';
import type { AddContributionFormQuery as FormData } from '@/__generated__/graphql';
import { CharacterCount } from '@/components/CharacterCount';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { Select } from '@/components/Select';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { AddContributionMutation } from '@/features/alignment/graphql/AddContribution.mutation';
import { AddContributionFormQuery } from '@/features/alignment/graphql/AddContributionForm.query';
import {
  CONTRIBUTION_FIELDS,
  contributionSchema,
  priorityOptions,
  type ContributionFormOutput,
  type ContributionFormValues,
} from '@/features/alignment/utils/contributionForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

/** Where the action page's "Contributes to other plans" reads what was saved. */
export interface ContributionSavedState {
  contributionSaved: string;
}

export function AddContributionForm({
  action,
  plans,
}: {
  action: FormData['action'];
  plans: FormData['plans'];
}) {
  const { me } = useMe();
  const admin = me?.role === 'ADMIN';
  const [addContribution, { loading }] = useMutation(AddContributionMutation, {
    refetchQueries: ['ActionContributions'],
  });
  const planOf = useMemo(
    () => new Map(plans.flatMap((plan) => plan.priorities.map((p) => [p.id, plan.id] as const))),
    [plans],
  );
  const schema = useMemo(
    () => contributionSchema(action.plan.id, (id) => planOf.get(id)),
    [action.plan.id, planOf],
  );
  const actionHref = `/actions/${action.id}`;
  const { register, errors, submission } = useFormPage<ContributionFormValues, ContributionFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: { priorityId: '', outcome: '', how: '' },
    fields: CONTRIBUTION_FIELDS,
    conflict: { field: 'priorityId' },
    save: async (values) => {
      const result = await addContribution({ variables: { input: { actionId: action.id, ...values } } });
      const agreed = result.data!.addContribution.status === 'AGREED';
      const state: ContributionSavedState = {
        contributionSaved: agreed
          ? 'Link added'
          : "Link proposed: the Commissioner's team will agree or decline it",
      };
      return { to: actionHref, state };
    },
  });
  const field = fieldProps(register, errors);

  return (
    <FormPage
      submission={submission}
      title={`Link action ${action.ref} to another plan`}
      backLink={{ to: actionHref, text: `Back to action ${action.ref}` }}
      caption={`Action ${action.ref}: ${action.title}`}
      heading={admin ? 'Link to a priority of another plan' : 'Propose a link to another plan'}
      submitText={admin ? 'Add link' : 'Propose link'}
      saving={loading}
      intro={
        <p className="govuk-body">
          {admin
            ? 'The link is agreed as soon as you add it, and counts in the other plan’s priority page, its dashboard and its Panel report.'
            : 'The Commissioner’s team will agree or decline it. Until then it shows as proposed on this page only.'}{' '}
          An action contributes to other plans only: within {action.plan.title} it already counts towards its
          own priority.
        </p>
      }
    >
      <Select
        label="Priority it contributes to"
        options={priorityOptions(action.plan.id, plans)}
        {...field.input('priorityId')}
      />
      <TextInput
        label="Outcome (optional)"
        hint="A named outcome of the priority, if the action serves one outcome rather than all of it"
        {...field.input('outcome')}
      />
      <CharacterCount
        maxLength={CONTRIBUTION_LIMITS.how.max}
        label="How it contributes (optional)"
        hint="One sentence, for example ‘Farm Watch alerts warn rural residents of thefts in their area’"
        {...field.input('how')}
      />
    </FormPage>
  );
}

function AddContributionLoader() {
  const { id = '' } = useParams();
  const result = useQuery(AddContributionFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => <AddContributionForm action={data.action} plans={data.plans} />}
    </QueryResult>
  );
}

export function AddContributionPage() {
  return (
    <RequireSignIn>
      <AddContributionLoader />
    </RequireSignIn>
  );
}
