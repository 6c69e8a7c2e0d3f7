import { NotificationBanner } from '@/components/NotificationBanner';
import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { ChoiceItems } from '@/components/Checkboxes';
import { useState } from 'react';
import { useFieldArray, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import type { ActionStatus } from '@/__generated__/graphql';
import { Button } from '@/components/Button';
import { DateInput } from '@/components/DateInput';
import { ErrorSummary } from '@/components/ErrorSummary';
import { FieldsetGroup } from '@/components/FormParts';
import { Select } from '@/components/Select';
import { RecordReviewDecisionMutation } from '@/features/reviews/graphql/RecordReviewDecision.mutation';
import {
  decisionFields,
  decisionSchema,
  EMPTY_DECISION,
  MAX_FOLLOW_UPS,
  toDecisionInput,
  type DecisionFormOutput,
  type DecisionFormValues,
} from '@/features/reviews/utils/decisionForm';
import { emptyFollowUp } from '@/features/reviews/utils/followUpForm';
import {
  DECISION_HINTS,
  DECISION_LABELS,
  DECISIONS,
  ESCALATION_LABELS,
  ESCALATION_TARGETS,
} from '@/features/reviews/utils/labels';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldError } from '@/utils/formErrors';
import '@/features/reviews/reviews.css';

// Every row the form can have, so the error summary lists each row's problems in page order.
const DECISION_FIELDS = decisionFields(MAX_FOLLOW_UPS);

export interface RecordDecisionFormProps {
  cycleId: string;
  action: { id: string; ref: string; status: ActionStatus };
  partners: { id: string; name: string }[];
  /** After a decision is saved: fetch the thread again. */
  onSaved: () => void;
  /** The form's heading level: h2 on the thread page, h3 in meeting mode. */
  level?: 2 | 3;
}

/**
 * The reviewer's decision on an action: noted, challenged, escalated (to where) or accepted as
 * complete, a note, and any follow-ups, sent together.
 */
export function RecordDecisionForm({
  cycleId,
  action,
  partners,
  onSaved,
  level = 2,
}: RecordDecisionFormProps) {
  const [record, { loading }] = useMutation(RecordReviewDecisionMutation);
  const [saved, setSaved] = useState(0);
  // Only a completed action can be accepted as complete.
  const decisions = DECISIONS.filter((d) => d !== 'ACCEPTED_COMPLETE' || action.status === 'COMPLETED');

  const { register, errors, submission, form } = useFormPage<DecisionFormValues, DecisionFormOutput>({
    resolver: zodResolver(decisionSchema) as unknown as Resolver<
      DecisionFormValues,
      unknown,
      DecisionFormOutput
    >,
    defaultValues: EMPTY_DECISION,
    fields: DECISION_FIELDS,
    save: async (values) => {
      await record({ variables: { input: toDecisionInput(cycleId, action.id, values) } });
      form.reset(EMPTY_DECISION);
      setSaved((n) => n + 1);
      onSaved();
    },
  });
  const followUps = useFieldArray({ control: form.control, name: 'followUps' });
  const decision = form.watch('decision');

  // Say it worked where the reviewer is looking: the banner takes the focus each time.

  const Heading = level === 2 ? 'h2' : 'h3';
  const partnerOptions = [
    { value: '', label: 'Choose a partner' },
    ...partners.map((p) => ({ value: p.id, label: p.name })),
  ];
  const decisionError = fieldError(errors, 'decision');
  const escalatedError = fieldError(errors, 'escalatedTo');

  return (
    <section aria-labelledby={`record-decision-${action.id}`} className="app-review-form">
      <ErrorSummary errors={submission.summary} focusKey={submission.focusKey} />
      {saved > 0 && (
        <NotificationBanner
          type="success"
          focusKey={saved}
          heading={`Decision recorded on action ${action.ref}`}
        />
      )}
      <Heading className="govuk-heading-m" id={`record-decision-${action.id}`}>
        Record a decision<span className="govuk-visually-hidden"> on action {action.ref}</span>
      </Heading>
      <form onSubmit={submission.onSubmit} noValidate>
        <FieldsetGroup id="decision" legend="Decision" legendSize="s" error={decisionError}>
          <ChoiceItems
            kind="radios"
            small
            idPrefix="decision"
            inputProps={register('decision')}
            items={decisions.map((d) => ({
              value: d,
              label: DECISION_LABELS[d],
              hint: DECISION_HINTS[d],
              conditionalOpen: decision === d,
              conditional: d === 'ESCALATED' && (
                <FieldsetGroup id="escalatedTo" legend="Escalated to" legendSize="s" error={escalatedError}>
                  <ChoiceItems
                    kind="radios"
                    small
                    idPrefix="escalatedTo"
                    inputProps={register('escalatedTo')}
                    items={ESCALATION_TARGETS.map((t) => ({ value: t, label: ESCALATION_LABELS[t] }))}
                  />
                </FieldsetGroup>
              ),
            }))}
          />
        </FieldsetGroup>
        <CharacterCount
          maxLength={LIMITS.review.decisionNote.max}
          id="note"
          label="Note"
          hint="What the review found, or what the partner must answer. Partners and the Panel can read it."
          rows={4}
          error={fieldError(errors, 'note')}
          {...register('note')}
        />
        <FieldsetGroup
          id="followUps"
          legend="Follow-ups (optional)"
          legendSize="s"
          hint="Something a partner must do after the review, with a due date"
          error={fieldError(errors, 'followUps')}
        >
          {followUps.fields.map((row, i) => (
            <div className="app-follow-up-row" key={row.id}>
              <h4 className="govuk-heading-s">Follow-up {i + 1}</h4>
              <CharacterCount
                maxLength={LIMITS.review.followUp.max}
                id={`followUps.${i}.description`}
                label="What needs to be done"
                rows={2}
                error={fieldError(errors, `followUps.${i}.description`)}
                {...register(`followUps.${i}.description`)}
              />
              <Select
                id={`followUps.${i}.ownerPartnerId`}
                label="Owner"
                options={partnerOptions}
                error={fieldError(errors, `followUps.${i}.ownerPartnerId`)}
                {...register(`followUps.${i}.ownerPartnerId`)}
              />
              <DateInput
                id={`followUps.${i}.dueOn`}
                legend="Due date"
                error={fieldError(errors, `followUps.${i}.dueOn`)}
                parts={{
                  day: register(`followUps.${i}.dueOn.day`),
                  month: register(`followUps.${i}.dueOn.month`),
                  year: register(`followUps.${i}.dueOn.year`),
                }}
              />
              <Button type="button" variant="secondary" onClick={() => followUps.remove(i)}>
                Remove follow-up {i + 1}
              </Button>
            </div>
          ))}
          {followUps.fields.length < MAX_FOLLOW_UPS && (
            <Button
              id="add-follow-up"
              type="button"
              variant="secondary"
              onClick={() => followUps.append(emptyFollowUp())}
            >
              {followUps.fields.length === 0 ? 'Add a follow-up' : 'Add another follow-up'}
            </Button>
          )}
        </FieldsetGroup>
        <Button type="submit" disabled={loading}>
          Record decision
        </Button>
      </form>
    </section>
  );
}
