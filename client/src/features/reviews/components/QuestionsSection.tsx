import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ButtonLink } from '@/components/Button';
import { SummaryList } from '@/components/SummaryList';
import { Tag } from '@/components/Tag';
import { formatDate } from '@/utils/dates';
import '@/features/reviews/reviews.css';

export const QuestionsSection_question = graphql(`
  fragment QuestionsSection_question on PublicQuestion {
    id
    question
    askedBy
    receivedOn
    answer
    answeredBy
    published
    publishedAt
    actions {
      id
      ref
    }
  }
`);

/** Residents' questions for the meeting: each with its answer and whether it is published. */
export function QuestionsSection({
  cycleId,
  questions,
  canEdit,
}: {
  cycleId: string;
  questions: FragmentType<typeof QuestionsSection_question>[];
  canEdit: boolean;
}) {
  const rows = questions.map((q) => getFragmentData(QuestionsSection_question, q));
  return (
    <section aria-labelledby="questions-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="questions-heading">
        Residents’ questions
      </h2>
      <p className="govuk-body">
        Questions from residents for the Performance Scrutiny Meeting. Published questions and answers appear
        on the plan’s public page.
      </p>
      {canEdit && (
        <ButtonLink to={`/reviews/${cycleId}/questions/new`} variant="secondary">
          Add a question
        </ButtonLink>
      )}
      {rows.length === 0 && <p className="govuk-body">No questions have been received for this review.</p>}
      {rows.map((q, i) => (
        <div className="govuk-summary-card" key={q.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              Question {i + 1}{' '}
              {q.published ? <Tag colour="green">Published</Tag> : <Tag colour="grey">Not published</Tag>}
            </h3>
            {canEdit && (
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <Link className="govuk-link" to={`/reviews/${cycleId}/questions/${q.id}/edit`}>
                    Change<span className="govuk-visually-hidden"> question {i + 1}</span>
                  </Link>
                </li>
              </ul>
            )}
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={[
                { key: 'Question', value: <span className="app-pre-line">{q.question}</span> },
                { key: 'Received', value: formatDate(q.receivedOn) },
                ...(q.askedBy ? [{ key: 'Asked by', value: q.askedBy }] : []),
                {
                  key: 'Answer',
                  value: q.answer ? <span className="app-pre-line">{q.answer}</span> : 'Not answered yet',
                },
                { key: 'Answered by', value: q.answeredBy || 'Not answered yet' },
                {
                  key: 'Actions',
                  value: q.actions.length ? q.actions.map((a) => a.ref).join(', ') : 'None linked',
                },
              ]}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
