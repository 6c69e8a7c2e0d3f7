import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { PlanReviewsQuery as PlanReviewsData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { DateInput } from '@/components/DateInput';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Select } from '@/components/Select';
import { Table } from '@/components/Table';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { CycleStatusTag } from '@/features/reviews/components/ReviewTags';
import { CreateReviewCycleMutation } from '@/features/reviews/graphql/CreateReviewCycle.mutation';
import { PlanReviewsQuery } from '@/features/reviews/graphql/PlanReviews.query';
import { quarterMonths, quarterPath, quartersBetween } from '@/features/reviews/utils/quarters';
import type { ReviewSavedState } from '@/features/reviews/utils/savedState';
import {
  EMPTY_SET_UP,
  SET_UP_FIELDS,
  setUpSchema,
  toCreateReviewCycleInput,
  type SetUpFormOutput,
  type SetUpFormValues,
} from '@/features/reviews/utils/setUpForm';
import { useFormPage } from '@/hooks/useFormPage';
import { formatDate, formatMomentDate } from '@/utils/dates';
import { fieldProps } from '@/utils/fieldProps';
import '@/features/reviews/reviews.css';

type Plan = PlanReviewsData['plan'];

/** Admins set up the review of a quarter in the plan's period that has none yet. */
function SetUpReviewForm({ plan }: { plan: Plan }) {
  const [create, { loading }] = useMutation(CreateReviewCycleMutation);
  const taken = new Set(plan.reviewCycles.map((c) => c.quarter));
  const free = quartersBetween(plan.startDate, plan.endDate).filter((q) => !taken.has(q));
  const { register, errors, submission } = useFormPage<SetUpFormValues, SetUpFormOutput>({
    resolver: zodResolver(setUpSchema),
    defaultValues: EMPTY_SET_UP,
    fields: SET_UP_FIELDS,
    conflict: { field: 'quarter' },
    save: async (values) => {
      const result = await create({
        variables: { input: toCreateReviewCycleInput(plan.id, values) },
        refetchQueries: ['PlanReviews'],
      });
      const state: ReviewSavedState = { saved: 'created' };
      return { to: `/reviews/${result.data!.createReviewCycle.id}`, state };
    },
  });
  const field = fieldProps(register, errors);

  return (
    <section aria-labelledby="set-up-heading" className="govuk-!-margin-top-8">
      <ErrorSummary errors={submission.summary} focusKey={submission.focusKey} />
      <h2 className="govuk-heading-l" id="set-up-heading">
        Set up a quarterly review
      </h2>
      {free.length === 0 ? (
        <p className="govuk-body">Every quarter of the plan’s period already has a review.</p>
      ) : (
        <form onSubmit={submission.onSubmit} noValidate>
          <Select
            label="Quarter"
            labelClassName="govuk-label--s"
            hint="UK financial-year quarters: Q1 is April to June"
            options={[
              { value: '', label: 'Choose a quarter' },
              ...free.map((q) => ({ value: q, label: `${q} (${quarterMonths(q)})` })),
            ]}
            {...field.input('quarter')}
          />
          <DateInput
            legend="Opening date (optional)"
            hint="When partners are asked to start updating. Leave empty for the first day of the quarter’s last month."
            {...field.date('opensOn')}
          />
          <DateInput
            legend="Deadline for updates (optional)"
            hint="Leave empty for the quarter’s last day."
            {...field.date('deadline')}
          />
          <DateInput
            legend="Performance Scrutiny Meeting date (optional)"
            hint="For example, 21 1 2026"
            {...field.date('meetingOn')}
          />
          <Button type="submit" disabled={loading}>
            Set up review
          </Button>
        </form>
      )}
    </section>
  );
}

function PlanReviews() {
  const { slug = '' } = useParams();
  const { me } = useMe();
  const result = useQuery(PlanReviewsQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryResult result={result} what="reviews">
      {({ plan }) => (
        <Page
          title={`Quarterly reviews: ${plan.title}`}
          beforeContent={
            <Breadcrumbs
              items={[
                { text: 'Plans', to: '/' },
                { text: plan.title, to: `/plans/${plan.slug}` },
              ]}
            />
          }
        >
          <PageHeading caption={plan.title}>Quarterly reviews</PageHeading>
          <p className="govuk-body">
            Each quarter, partners update their actions, the Commissioner’s team reviews them, and the
            Performance Scrutiny Meeting discusses the exceptions. Closing a review freezes the quarter.
          </p>
          {plan.reviewCycles.length === 0 ? (
            <p className="govuk-body">No reviews have been set up for this plan yet.</p>
          ) : (
            <Table
              caption="Reviews, newest first"
              columns={[
                { header: 'Quarter' },
                { header: 'Status' },
                { header: 'Update window' },
                { header: 'Meeting' },
              ]}
              rows={plan.reviewCycles.map((c) => ({
                key: c.id,
                cells: [
                  <Link className="govuk-link" to={`/reviews/${c.id}`}>
                    {c.quarter}
                  </Link>,
                  <CycleStatusTag status={c.status} />,
                  `${formatDate(c.opensOn)} to ${formatDate(c.deadline)}`,
                  c.meetingOn ? formatDate(c.meetingOn) : 'Not set',
                ],
              }))}
            />
          )}

          <h2 className="govuk-heading-l">Frozen quarters</h2>
          {plan.snapshots.length === 0 ? (
            <p className="govuk-body">No quarter has been closed yet, so there is nothing to compare.</p>
          ) : (
            <>
              <p className="govuk-body">
                A frozen quarter shows the plan as it was when its review closed. Later changes do not alter
                it.
              </p>
              <Table
                caption="Frozen quarters, newest first"
                captionClassName="govuk-visually-hidden"
                columns={[
                  { header: 'Quarter' },
                  { header: 'Frozen on' },
                  { header: <span className="govuk-visually-hidden">Links</span> },
                ]}
                rows={plan.snapshots.map((s) => ({
                  key: s.cycleId,
                  cells: [
                    s.quarter,
                    formatMomentDate(s.takenAt),
                    <ul className="govuk-list app-inline-links">
                      <li>
                        <Link
                          className="govuk-link"
                          to={`/plans/${plan.slug}/quarters/${quarterPath(s.quarter)}`}
                        >
                          View snapshot<span className="govuk-visually-hidden"> of {s.quarter}</span>
                        </Link>
                      </li>
                      <li>
                        <Link
                          className="govuk-link"
                          to={`/plans/${plan.slug}/compare?${new URLSearchParams({ from: s.quarter, to: '' })}`}
                        >
                          Compare with now<span className="govuk-visually-hidden"> ({s.quarter})</span>
                        </Link>
                      </li>
                    </ul>,
                  ],
                }))}
              />
              <p className="govuk-body">
                <Link className="govuk-link" to={`/plans/${plan.slug}/compare`}>
                  Compare two quarters
                </Link>
              </p>
            </>
          )}

          {me?.role === 'ADMIN' && <SetUpReviewForm plan={plan} />}
        </Page>
      )}
    </QueryResult>
  );
}

export function PlanReviewsPage() {
  return (
    <RequireSignIn>
      <PlanReviews />
    </RequireSignIn>
  );
}
