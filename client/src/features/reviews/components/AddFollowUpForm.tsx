import { NotificationBanner } from '@/components/NotificationBanner';
import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button } from '@/components/Button';
import { DateInput } from '@/components/DateInput';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Select } from '@/components/Select';
import { AddFollowUpMutation } from '@/features/reviews/graphql/AddFollowUp.mutation';
import {
  emptyFollowUp,
  FOLLOW_UP_FIELDS,
  followUpSchema,
  toAddFollowUpInput,
  type FollowUpFormOutput,
  type FollowUpRow,
} from '@/features/reviews/utils/followUpForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import '@/features/reviews/reviews.css';

const resolver = zodResolver(followUpSchema) as unknown as Resolver<FollowUpRow, unknown, FollowUpFormOutput>;

/** Admins ask a partner to do something about the action, without recording a decision. */
export function AddFollowUpForm({
  cycleId,
  action,
  partners,
  onSaved,
}: {
  cycleId: string;
  action: { id: string; ref: string };
  partners: { id: string; name: string }[];
  /** After the follow-up is saved: fetch the thread again, so the table shows it. */
  onSaved: () => void;
}) {
  const [add, { loading }] = useMutation(AddFollowUpMutation);
  const [saved, setSaved] = useState(0);
  const { register, errors, submission, form } = useFormPage<FollowUpRow, FollowUpFormOutput>({
    resolver,
    defaultValues: emptyFollowUp(),
    fields: FOLLOW_UP_FIELDS,
    save: async (values) => {
      await add({ variables: { input: toAddFollowUpInput(cycleId, action.id, values) } });
      form.reset(emptyFollowUp());
      setSaved((n) => n + 1);
      onSaved();
    },
  });
  const field = fieldProps(register, errors);

  return (
    <section aria-labelledby="add-follow-up-heading" className="govuk-!-margin-bottom-6">
      <ErrorSummary errors={submission.summary} focusKey={submission.focusKey} />
      {saved > 0 && (
        <NotificationBanner
          type="success"
          focusKey={saved}
          heading={`Follow-up added to action ${action.ref}`}
        />
      )}
      <h3 className="govuk-heading-m" id="add-follow-up-heading">
        Add a follow-up<span className="govuk-visually-hidden"> to action {action.ref}</span>
      </h3>
      <form onSubmit={submission.onSubmit} noValidate>
        <CharacterCount
          maxLength={LIMITS.review.followUp.max}
          label="What needs to be done"
          hint="The owner sees it on their home page, with its due date."
          rows={2}
          {...field.input('description')}
        />
        <Select
          label="Owner"
          options={[
            { value: '', label: 'Choose a partner' },
            ...partners.map((p) => ({ value: p.id, label: p.name })),
          ]}
          {...field.input('ownerPartnerId')}
        />
        <DateInput legend="Due date" {...field.date('dueOn')} />
        <Button type="submit" disabled={loading}>
          Add follow-up
        </Button>
      </form>
    </section>
  );
}
