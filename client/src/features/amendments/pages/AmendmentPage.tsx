import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import type { AmendmentDetailQuery as AmendmentDetailData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ErrorSummary';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Select } from '@/components/Select';
import { SummaryList } from '@/components/SummaryList';
import { Textarea } from '@/components/Textarea';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { AmendmentStatusTag } from '@/features/amendments/components/AmendmentStatusTag';
import { AmendmentDetailQuery } from '@/features/amendments/graphql/AmendmentDetail.query';
import { ApplyAmendmentMutation } from '@/features/amendments/graphql/ApplyAmendment.mutation';
import { ApproveAmendmentMutation } from '@/features/amendments/graphql/ApproveAmendment.mutation';
import { RejectAmendmentMutation } from '@/features/amendments/graphql/RejectAmendment.mutation';
import { WithdrawAmendmentMutation } from '@/features/amendments/graphql/WithdrawAmendment.mutation';
import { apiErrors, GENERIC_ERROR } from '@/utils/graphqlErrors';
import { formatDate, formatDateTime } from '@/utils/dates';

type Amendment = NonNullable<AmendmentDetailData['plan']['amendment']>;
type Change = Amendment['changes'][number];

/** A change's sentence, then what each action it adds was agreed to be: a split's parts, say. */
function ChangeItem({ change }: { change: Change }) {
  const added = change.newActions ?? [];
  return (
    <li>
      {change.summary}
      {added.length > 0 && (
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1">
          {added.map((n) => (
            <li key={n.ref}>
              {n.ref} {n.title}: {n.leadPartnerName ? `led by ${n.leadPartnerName}, ` : ''}due{' '}
              {formatDate(n.dueDate)}
              {n.weight ? `, weight ${n.weight}` : ''}
              {n.milestones.length > 0 &&
                `; milestones: ${n.milestones.map((m) => `${m.title} (due ${formatDate(m.dueDate)})`).join(', ')}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

const DONE: Record<string, string> = {
  APPROVED: 'Amendment approved',
  APPLIED: 'Amendment applied',
  REJECTED: 'Amendment rejected',
  WITHDRAWN: 'Amendment withdrawn',
};

/** The API's errors as the error summary's items: each field's message, or the message. */
function summaryOf(error: unknown): ErrorSummaryItem[] {
  const errors = apiErrors(error);
  if (errors.length === 0) return [{ text: GENERIC_ERROR }];
  return errors.flatMap((e) =>
    e.fields.length ? e.fields.map((f) => ({ text: `${e.message}: ${f.message}` })) : [{ text: e.message }],
  );
}

/** The Commissioner's team's decisions: approve, apply, or reject or withdraw with a reason. */
function Decisions({ amendment, onDone }: { amendment: Amendment; onDone: (status: string) => void }) {
  const [approve, approving] = useMutation(ApproveAmendmentMutation);
  const [apply, applying] = useMutation(ApplyAmendmentMutation);
  const [reject, rejecting] = useMutation(RejectAmendmentMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawAmendmentMutation);
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const saving = approving.loading || applying.loading || rejecting.loading || withdrawing.loading;
  const input = { id: amendment.id, expectedVersion: amendment.version };
  const refetchQueries = ['AmendmentDetail', 'PlanAmendments'];

  const run = async (send: () => Promise<unknown>, status: string) => {
    setProblems([]);
    try {
      await send();
      onDone(status);
    } catch (error) {
      setProblems(summaryOf(error));
      setAttempt((n) => n + 1);
    }
  };
  const close = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('closedReason') ?? '').trim();
    const how = String(form.get('how'));
    if (reason.length < 3) {
      setReasonError('Enter the reason, at least 3 characters');
      setProblems([{ text: 'Enter the reason, at least 3 characters', target: 'closedReason' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setReasonError(undefined);
    const variables = { input: { ...input, reason } };
    void run(
      () =>
        how === 'REJECTED' ? reject({ variables, refetchQueries }) : withdraw({ variables, refetchQueries }),
      how,
    );
  };

  if (amendment.status !== 'PROPOSED' && amendment.status !== 'APPROVED') return null;
  return (
    <section aria-labelledby="decide-heading">
      <ErrorSummary errors={problems} focusKey={attempt} />
      <h2 className="govuk-heading-l" id="decide-heading">
        Decide
      </h2>
      {amendment.status === 'PROPOSED' ? (
        <>
          <p className="govuk-body">
            Approving records you and today’s date as the approver. It changes nothing yet.
          </p>
          <Button
            disabled={saving}
            onClick={() => void run(() => approve({ variables: { input }, refetchQueries }), 'APPROVED')}
            type="button"
          >
            Approve amendment A{amendment.number}
          </Button>
        </>
      ) : (
        <>
          <p className="govuk-body">
            Applying makes every change above in one step, and a new version of the plan. The history of each
            action it changes links to this amendment.
          </p>
          <Button
            disabled={saving}
            onClick={() => void run(() => apply({ variables: { input }, refetchQueries }), 'APPLIED')}
            type="button"
          >
            Apply amendment A{amendment.number}
          </Button>
        </>
      )}
      <form onSubmit={close} noValidate>
        <h3 className="govuk-heading-m">Or reject or withdraw it</h3>
        <Select
          id="how"
          name="how"
          label="What to do"
          options={[
            { value: 'REJECTED', label: 'Reject it' },
            { value: 'WITHDRAWN', label: 'Withdraw it' },
          ]}
        />
        <Textarea id="closedReason" name="closedReason" label="Why" error={reasonError} rows={3} />
        <Button type="submit" variant="warning" disabled={saving}>
          Close amendment A{amendment.number}
        </Button>
      </form>
    </section>
  );
}

function AmendmentDetail() {
  const { slug = '', number = '' } = useParams();
  const { me } = useMe();
  const [done, setDone] = useState<string | null>(null);
  const result = useQuery(AmendmentDetailQuery, {
    variables: { slug, number: Number(number) || 0 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryResult result={result} what="amendment">
      {({ plan }) => {
        const a = plan.amendment;
        if (!a) {
          return (
            <Page title="Amendment not found">
              <PageHeading>Amendment not found</PageHeading>
              <p className="govuk-body">
                <Link className="govuk-link" to={`/plans/${plan.slug}/amendments`}>
                  See the plan’s amendments
                </Link>
              </p>
            </Page>
          );
        }
        return (
          <Page
            title={`Amendment A${a.number}: ${a.title}`}
            beforeContent={
              <Breadcrumbs
                items={[
                  { text: 'Plans', to: '/' },
                  { text: plan.title, to: `/plans/${plan.slug}` },
                  { text: 'Amendments', to: `/plans/${plan.slug}/amendments` },
                ]}
              />
            }
          >
            {done && DONE[done] && (
              <NotificationBanner type="success" heading={DONE[done]!} focusKey={done}>
                {done === 'APPLIED' && a.planVersionNumber && (
                  <p className="govuk-body">
                    The plan is now at{' '}
                    <Link className="govuk-link" to={`/plans/${plan.slug}/versions/${a.planVersionNumber}`}>
                      version {a.planVersionNumber}
                    </Link>
                    .
                  </p>
                )}
              </NotificationBanner>
            )}
            <PageHeading caption={plan.title}>
              Amendment A{a.number}: {a.title}
            </PageHeading>
            <SummaryList
              rows={[
                { key: 'Status', value: <AmendmentStatusTag status={a.status} /> },
                { key: 'Reason', value: <span className="app-pre-line">{a.reason}</span> },
                { key: 'Agreed at review', value: a.agreedAtReview ?? 'Not at a review' },
                { key: 'Proposed', value: `${formatDateTime(a.proposedAt)} by ${a.proposedByEmail}` },
                {
                  key: 'Approved',
                  value: a.approvedAt ? `${formatDateTime(a.approvedAt)} by ${a.approvedByEmail}` : 'Not yet',
                },
                {
                  key: 'Applied',
                  value: a.appliedAt ? (
                    <>
                      {formatDateTime(a.appliedAt)} by {a.appliedByEmail}, making{' '}
                      <Link className="govuk-link" to={`/plans/${plan.slug}/versions/${a.planVersionNumber}`}>
                        version {a.planVersionNumber}
                      </Link>
                    </>
                  ) : (
                    'Not yet'
                  ),
                },
                ...(a.closedReason ? [{ key: 'Why it was closed', value: a.closedReason }] : []),
              ]}
            />
            <h2 className="govuk-heading-l">Changes</h2>
            <ol className="govuk-list govuk-list--number">
              {a.changes.map((c, i) => (
                <ChangeItem key={i} change={c} />
              ))}
            </ol>
            {me?.role === 'ADMIN' && <Decisions amendment={a} onDone={setDone} />}
          </Page>
        );
      }}
    </QueryResult>
  );
}

export function AmendmentPage() {
  return (
    <RequireSignIn>
      <AmendmentDetail />
    </RequireSignIn>
  );
}
