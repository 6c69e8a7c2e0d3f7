import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ArchiveActionFormQuery as ArchiveActionFormData } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { WarningText } from '@/components/WarningText';
import { ArchiveActionMutation } from '@/features/actions/graphql/ArchiveAction.mutation';
import { ArchiveActionFormQuery } from '@/features/actions/graphql/ArchiveActionForm.query';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { formServerErrors } from '@/utils/graphqlErrors';

type Action = ArchiveActionFormData['action'];

/** The check before archiving: a warning button that does it, and a way out. */
export function ArchiveActionConfirm({ action }: { action: Action }) {
  const navigate = useNavigate();
  const [archiveAction, { loading }] = useMutation(ArchiveActionMutation);
  const [messages, setMessages] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const actionHref = `/actions/${action.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessages([]);
    try {
      // The plan's dashboard and lists fetch again when shown, so the action drops out of them.
      await archiveAction({ variables: { input: { id: action.id } } });
    } catch (error) {
      setMessages(formServerErrors(error, []).messages);
      setAttempt((n) => n + 1);
      return;
    }
    const state: PlanSavedState = { saved: 'actionArchived', actionRef: action.ref };
    navigate(`/plans/${action.plan.slug}`, { state });
  };

  const errors = messages.map((text) => ({ text }));
  return (
    <Page
      title={`Are you sure you want to archive action ${action.ref}?`}
      error={errors.length > 0}
      beforeContent={<BackLink to={`${actionHref}/edit`}>Back</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={attempt} />
          <PageHeading caption={`Action ${action.ref}: ${action.title}`}>
            Are you sure you want to archive action {action.ref}?
          </PageHeading>
          <p className="govuk-body">
            Archiving takes the action out of every list: the plan’s dashboard, its priority, the partners’
            pages and the progress figures.
          </p>
          <p className="govuk-body">The action is not deleted. It is kept, with its history.</p>
          <WarningText>You cannot undo this in the service.</WarningText>
          <form onSubmit={onSubmit} noValidate>
            <ButtonGroup>
              <Button type="submit" variant="warning" disabled={loading}>
                Archive action
              </Button>
              <Link className="govuk-link" to={actionHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

function ArchiveActionLoader() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ArchiveActionFormQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="page" /> : <QueryError error={error} />;
  return <ArchiveActionConfirm action={data.action} />;
}

export function ArchiveActionPage() {
  return (
    <RequireAdmin task="archive actions">
      <ArchiveActionLoader />
    </RequireAdmin>
  );
}
