import { useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ReviewDatesFormQuery as ReviewDatesFormData } from '@/__generated__/graphql';
import { DateInput } from '@/components/DateInput';
import { FormPage } from '@/components/FormPage';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ReviewDatesFormQuery } from '@/features/reviews/graphql/ReviewDatesForm.query';
import { UpdateReviewCycleMutation } from '@/features/reviews/graphql/UpdateReviewCycle.mutation';
import {
  DATES_FIELDS,
  datesSchema,
  datesValues,
  toUpdateReviewCycleInput,
  type DatesFormOutput,
  type DatesFormValues,
} from '@/features/reviews/utils/datesForm';
import { quarterMonths } from '@/features/reviews/utils/quarters';
import type { ReviewSavedState } from '@/features/reviews/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import { errorCode } from '@/utils/graphqlErrors';

type Cycle = ReviewDatesFormData['reviewCycle'];

export const DATES_CONFLICT_MESSAGE =
  'Someone else changed this review after you opened this page. The form now shows the review as it is: check the dates, then save again if you still need to.';

const resolver = zodResolver(datesSchema) as unknown as Resolver<DatesFormValues, unknown, DatesFormOutput>;

export interface ChangeReviewDatesFormProps {
  cycle: Cycle;
  /** How many saves were refused because the review had changed; the latest is said in the summary. */
  conflicts?: number;
  /** A save was refused because the review had changed: fetch it again. */
  onConflict: () => void;
}

/** The update window and the meeting date, as saved, to change. */
export function ChangeReviewDatesForm({ cycle, conflicts = 0, onConflict }: ChangeReviewDatesFormProps) {
  const [update, { loading }] = useMutation(UpdateReviewCycleMutation);
  const cycleHref = `/reviews/${cycle.id}`;
  const { register, errors, submission, form } = useFormPage<DatesFormValues, DatesFormOutput>({
    resolver,
    defaultValues: datesValues(cycle),
    fields: DATES_FIELDS,
    save: async (values) => {
      try {
        await update({ variables: { input: toUpdateReviewCycleInput(cycle.id, cycle.version, values) } });
      } catch (error) {
        // Saving over someone else's change would undo it unseen: show theirs instead.
        if (errorCode(error) !== 'CONFLICT') throw error;
        onConflict();
        return;
      }
      const state: ReviewSavedState = { saved: 'datesChanged' };
      return { to: cycleHref, state };
    },
  });
  const field = fieldProps(register, errors);
  // The form is new after a conflict (see the loader); the message goes once it is sent again.
  const conflict = conflicts > 0 && form.formState.submitCount === 0;

  return (
    <FormPage
      submission={{
        ...submission,
        summary: conflict ? [{ text: DATES_CONFLICT_MESSAGE }, ...submission.summary] : submission.summary,
        focusKey: `${conflicts}-${submission.focusKey}`,
      }}
      title={`Change the review’s dates: ${cycle.quarter} review`}
      backLink={{ to: cycleHref, text: `Back to the ${cycle.quarter} review` }}
      caption={`${cycle.quarter} review`}
      heading="Change the review’s dates"
      intro={
        <p className="govuk-body">
          {cycle.quarter} is {quarterMonths(cycle.quarter)}. Partners are asked to update their actions
          between the opening date and the deadline.
        </p>
      }
      submitText="Save dates"
      saving={loading}
    >
      <DateInput legend="Opening date" {...field.date('opensOn')} />
      <DateInput
        legend="Deadline for updates"
        hint="On or after the opening date, and no more than 3 months after the quarter ends"
        {...field.date('deadline')}
      />
      <DateInput
        legend="Performance Scrutiny Meeting date (optional)"
        hint="Leave it empty if the meeting has no date yet"
        {...field.date('meetingOn')}
      />
    </FormPage>
  );
}

function CannotChange({ cycle }: { cycle: Cycle }) {
  const title = `The ${cycle.quarter} review’s dates cannot change`;
  return (
    <Page title={title}>
      <PageHeading caption={cycle.plan.title}>{title}</PageHeading>
      <p className="govuk-body">The review is closed: its quarter is frozen.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/reviews/${cycle.id}`}>
          Go to the {cycle.quarter} review
        </Link>
      </p>
    </Page>
  );
}

/** The form for the review as it is now; after a conflict, fetched again and the form started afresh. */
export function ChangeReviewDates({ id }: { id: string }) {
  const result = useQuery(ReviewDatesFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [conflicts, setConflicts] = useState(0);
  const onConflict = async () => {
    try {
      await result.refetch();
    } finally {
      setConflicts((n) => n + 1);
    }
  };
  return (
    <QueryResult result={result}>
      {({ reviewCycle }) =>
        reviewCycle.status === 'CLOSED' ? (
          <CannotChange cycle={reviewCycle} />
        ) : (
          <ChangeReviewDatesForm
            key={`${reviewCycle.version}-${conflicts}`}
            cycle={reviewCycle}
            conflicts={conflicts}
            onConflict={() => void onConflict()}
          />
        )
      }
    </QueryResult>
  );
}

function ChangeReviewDatesLoader() {
  const { id = '' } = useParams();
  return <ChangeReviewDates id={id} />;
}

export function ChangeReviewDatesPage() {
  return (
    <RequireSignIn adminTask="change the dates of quarterly reviews">
      <ChangeReviewDatesLoader />
    </RequireSignIn>
  );
}
