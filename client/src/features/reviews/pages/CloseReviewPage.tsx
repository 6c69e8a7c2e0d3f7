import { ChoiceItems } from '@/components/Checkboxes';
import type { Resolver } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CloseReviewFormQuery as CloseReviewFormData } from '@/__generated__/graphql';
import { FieldsetGroup } from '@/components/FormParts';
import { FormPage } from '@/components/FormPage';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { WarningText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { CloseReviewFormQuery } from '@/features/reviews/graphql/CloseReviewForm.query';
import { MoveReviewCycleMutation } from '@/features/reviews/graphql/MoveReviewCycle.mutation';
import {
  CLOSE_FIELDS,
  closeSchema,
  missingUpdatesSentence,
  openChallengesSentence,
  type CloseFormValues,
} from '@/features/reviews/utils/closeForm';
import { CYCLE_STATUS_LABELS } from '@/features/reviews/utils/labels';
import type { ReviewSavedState } from '@/features/reviews/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldError } from '@/utils/formErrors';

type Cycle = CloseReviewFormData['reviewCycle'];

/** What closing freezes, and a box to say so, before the quarter is closed for good. */
export function CloseReviewForm({ cycle }: { cycle: Cycle }) {
  const [move, { loading }] = useMutation(MoveReviewCycleMutation);
  const cycleHref = `/reviews/${cycle.id}`;
  const { register, errors, submission } = useFormPage<CloseFormValues>({
    resolver: zodResolver(closeSchema) as unknown as Resolver<CloseFormValues>,
    defaultValues: { confirm: false },
    fields: CLOSE_FIELDS,
    save: async () => {
      await move({
        variables: { input: { id: cycle.id, expectedVersion: cycle.version, to: 'CLOSED', confirm: true } },
      });
      const state: ReviewSavedState = { saved: 'closed' };
      return { to: cycleHref, state };
    },
  });
  const check = cycle.closingCheck;
  const error = fieldError(errors, 'confirm');

  return (
    <FormPage
      submission={submission}
      title={`Close the ${cycle.quarter} review`}
      backLink={{ to: cycleHref, text: `Back to the ${cycle.quarter} review` }}
      caption={cycle.plan.title}
      heading={`Close the ${cycle.quarter} review`}
      intro={
        <>
          <p className="govuk-body">Closing freezes the quarter: the plan is kept as it is now, for good.</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>{missingUpdatesSentence(check)}</li>
            <li>{openChallengesSentence(check.openChallenges)}</li>
          </ul>
          <WarningText>
            Once closed, the review cannot be reopened and no more notes or decisions can be added to it.
          </WarningText>
        </>
      }
      submitText="Close the review"
      submitVariant="warning"
      saving={loading}
    >
      <FieldsetGroup id="confirm" legend="Confirm" legendSize="s" error={error}>
        <ChoiceItems
          kind="checkboxes"
          small
          idPrefix="confirm"
          items={[{ label: 'I understand closing freezes the quarter', inputProps: register('confirm') }]}
        />
      </FieldsetGroup>
    </FormPage>
  );
}

function CannotClose({ cycle }: { cycle: Cycle }) {
  const title = `The ${cycle.quarter} review cannot be closed now`;
  return (
    <Page title={title}>
      <PageHeading caption={cycle.plan.title}>{title}</PageHeading>
      <p className="govuk-body">
        {cycle.status === 'CLOSED'
          ? 'It is already closed.'
          : `It is ${CYCLE_STATUS_LABELS[cycle.status].toLowerCase()}. A review is closed after it has been in review.`}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/reviews/${cycle.id}`}>
          Go to the {cycle.quarter} review
        </Link>
      </p>
    </Page>
  );
}

function CloseReviewLoader() {
  const { id = '' } = useParams();
  // What closing would freeze is live: always ask again.
  const result = useQuery(CloseReviewFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {({ reviewCycle }) =>
        reviewCycle.canMoveTo.includes('CLOSED') ? (
          <CloseReviewForm cycle={reviewCycle} />
        ) : (
          <CannotClose cycle={reviewCycle} />
        )
      }
    </QueryResult>
  );
}

export function CloseReviewPage() {
  return (
    <RequireSignIn adminTask="close quarterly reviews">
      <CloseReviewLoader />
    </RequireSignIn>
  );
}
