import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ArchiveActionFormQuery as ArchiveActionFormData } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { WarningText } from '@/components/WarningText';
import { ArchiveActionMutation } from '@/features/actions/graphql/ArchiveAction.mutation';
import { ArchiveActionFormQuery } from '@/features/actions/graphql/ArchiveActionForm.query';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

type Action = ArchiveActionFormData['action'];

// A confirmation has no boxes: only the API's refusals show in its error summary.
const NO_FIELDS = [] as const;

/** The check before archiving: a warning button that does it, and a way out. */
export function ArchiveActionConfirm({ action }: { action: Action }) {
  const [archiveAction, { loading }] = useMutation(ArchiveActionMutation);
  const actionHref = `/actions/${action.id}`;
  const { submission } = useFormPage({
    fields: NO_FIELDS,
    save: async () => {
      // The plan's dashboard and lists fetch again when shown, so the action drops out of them.
      await archiveAction({ variables: { input: { id: action.id } } });
      const state: PlanSavedState = { saved: 'actionArchived', actionRef: action.ref };
      return { to: `/plans/${action.plan.slug}`, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Are you sure you want to archive action ${action.ref}?`}
      backLink={{ to: `${actionHref}/edit`, text: 'Back' }}
      caption={`Action ${action.ref}: ${action.title}`}
      heading={`Are you sure you want to archive action ${action.ref}?`}
      intro={
        <>
          <p className="govuk-body">
            Archiving takes the action out of every list: the plan’s dashboard, its priority, the partners’
            pages and the progress figures.
          </p>
          <p className="govuk-body">The action is not deleted. It is kept, with its history.</p>
          <WarningText>You cannot undo this in the service.</WarningText>
        </>
      }
      submitText="Archive action"
      submitVariant="warning"
      saving={loading}
      cancelTo={actionHref}
    />
  );
}

function ArchiveActionLoader() {
  const { id = '' } = useParams();
  const result = useQuery(ArchiveActionFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result} what="page">
      {(data) => <ArchiveActionConfirm action={data.action} />}
    </QueryResult>
  );
}

export function ArchiveActionPage() {
  return (
    <RequireSignIn adminTask="archive actions">
      <ArchiveActionLoader />
    </RequireSignIn>
  );
}
