import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { useEffect, useRef, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { RespondToReviewMutation } from '@/features/reviews/graphql/RespondToReview.mutation';
import { ANSWER_FIELDS, answerSchema, type AnswerFormValues } from '@/features/reviews/utils/answerForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import '@/features/reviews/reviews.css';

/** A partner working on the action answers the reviewer's challenge. */
export function AnswerChallengeForm({
  cycleId,
  actionId,
  challenge,
  onSaved,
}: {
  cycleId: string;
  actionId: string;
  /** The challenge's note, to answer. */
  challenge: string | null;
  onSaved: () => void;
}) {
  const [respond, { loading }] = useMutation(RespondToReviewMutation);
  const [saved, setSaved] = useState(false);
  const { register, errors, submission, form } = useFormPage<AnswerFormValues>({
    resolver: zodResolver(answerSchema),
    defaultValues: { response: '' },
    fields: ANSWER_FIELDS,
    save: async ({ response }) => {
      await respond({ variables: { input: { cycleId, actionId, response } } });
      form.reset({ response: '' });
      setSaved(true);
      onSaved();
    },
  });
  const field = fieldProps(register, errors);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) done.current?.focus();
  }, [saved]);

  if (saved) {
    return (
      <p className="govuk-body govuk-!-font-weight-bold" ref={done} tabIndex={-1} role="status">
        Your answer is recorded. The Commissioner’s team will see it in the review.
      </p>
    );
  }
  return (
    <section aria-labelledby="answer-heading" className="app-review-form">
      <ErrorSummary errors={submission.summary} focusKey={submission.focusKey} />
      <h2 className="govuk-heading-m" id="answer-heading">
        Answer the challenge
      </h2>
      {challenge && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">The challenge</p>
          <p className="govuk-body app-pre-line">{challenge}</p>
        </div>
      )}
      <form onSubmit={submission.onSubmit} noValidate>
        <CharacterCount
          maxLength={LIMITS.review.answer.max}
          label="Your answer"
          hint="Say what your organisation has done or will do. The Commissioner’s team and the Panel can read it."
          {...field.input('response')}
        />
        <Button type="submit" disabled={loading}>
          Send answer
        </Button>
      </form>
    </section>
  );
}
