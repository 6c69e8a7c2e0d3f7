import { useMemo } from 'react';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { CONTRIBUTION_LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { NotFound } from '@/components/QueryError';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ActionContributionsQuery } from '@/features/alignment/graphql/ActionContributions.query';
import { UpdateContributionMutation } from '@/features/alignment/graphql/UpdateContribution.mutation';
import {
  CONTRIBUTION_TEXT_FIELDS,
  contributionTextSchema,
  type ContributionTextOutput,
  type ContributionTextValues,
} from '@/features/alignment/utils/contributionForm';
import type { ContributionSavedState } from '@/features/alignment/pages/AddContributionPage';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';

export interface EditContributionFormProps {
  actionId: string;
  contribution: {
    id: string;
    outcome?: string | null;
    how?: string | null;
    priority: { number: number; title: string; plan: { title: string } };
  };
}

/** The Commissioner's team changes a link's outcome or its sentence on how. */
export function EditContributionForm({ actionId, contribution }: EditContributionFormProps) {
  const [updateContribution, { loading }] = useMutation(UpdateContributionMutation);
  const schema = useMemo(() => contributionTextSchema(), []);
  const actionHref = `/actions/${actionId}`;
  const name = `priority ${contribution.priority.number} of ${contribution.priority.plan.title}`;
  const { register, errors, submission } = useFormPage<ContributionTextValues, ContributionTextOutput>({
    resolver: zodResolver(schema),
    defaultValues: { outcome: contribution.outcome ?? '', how: contribution.how ?? '' },
    fields: CONTRIBUTION_TEXT_FIELDS,
    save: async (values) => {
      await updateContribution({ variables: { input: { id: contribution.id, ...values } } });
      const state: ContributionSavedState = { contributionSaved: `Link to ${name} changed` };
      return { to: actionHref, state };
    },
  });
  const field = fieldProps(register, errors);
  return (
    <FormPage
      submission={submission}
      title="Change a link to another plan"
      backLink={{ to: actionHref, text: 'Back to the action' }}
      caption={`${contribution.priority.plan.title}, priority ${contribution.priority.number}: ${contribution.priority.title}`}
      heading="Change a link to another plan"
      submitText="Save changes"
      saving={loading}
    >
      <TextInput
        label="Outcome (optional)"
        hint="A named outcome of the priority, if the action serves one outcome rather than all of it"
        {...field.input('outcome')}
      />
      <CharacterCount
        maxLength={CONTRIBUTION_LIMITS.how.max}
        label="How it contributes (optional)"
        {...field.input('how')}
      />
    </FormPage>
  );
}

function EditContributionLoader() {
  const { id = '', contributionId = '' } = useParams();
  const result = useQuery(ActionContributionsQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => {
        const contribution = data.action.contributesTo.find((c) => c.id === contributionId);
        return contribution ? (
          <EditContributionForm actionId={data.action.id} contribution={contribution} />
        ) : (
          <NotFound />
        );
      }}
    </QueryResult>
  );
}

export function EditContributionPage() {
  return (
    <RequireSignIn adminTask="change links between plans">
      <EditContributionLoader />
    </RequireSignIn>
  );
}
