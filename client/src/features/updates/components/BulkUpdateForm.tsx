import { LIMITS } from '@partnership-tracker/domain';
import { CharacterCount } from '@/components/CharacterCount';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { Button } from '@/components/Button';
import { DateInput } from '@/components/DateInput';
import { ErrorSummary } from '@/components/ErrorSummary';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Select } from '@/components/Select';
import { RAG_LABELS, RAGS, ACTION_STATUSES, STATUS_LABELS } from '@/features/actions/utils/labels';
import { BulkUpdateActionsMutation } from '@/features/updates/graphql/BulkUpdateActions.mutation';
import {
  BULK_UPDATE_FIELDS,
  bulkUpdateSchema,
  EMPTY_BULK_UPDATE,
  refusedRows,
  toBulkUpdateInput,
  type BulkUpdateFormValues,
  type BulkUpdateOutput,
} from '@/features/updates/utils/bulkUpdateForm';
import { useServerErrors } from '@/hooks/useServerErrors';
import { fieldProps } from '@/utils/fieldProps';
import { summaryItems } from '@/utils/formErrors';

const DO_NOT_CHANGE = { value: '', label: 'Do not change' };
const FIELD_NAMES = BULK_UPDATE_FIELDS.map((f) => f.name);

/** One change to every selected action: for admins and partner leads, under the plan's actions table. */
export function BulkUpdateForm({
  selectedIds,
  admin,
  partners,
  onDone,
}: {
  selectedIds: string[];
  admin: boolean;
  partners: { id: string; name: string }[];
  onDone: () => void;
}) {
  const [bulkUpdate, { loading }] = useMutation(BulkUpdateActionsMutation);
  const [updated, setUpdated] = useState<number | null>(null);
  const [rowMessages, setRowMessages] = useState<string[]>([]);
  const [noneSelected, setNoneSelected] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<
    BulkUpdateFormValues,
    unknown,
    BulkUpdateOutput
  >({
    resolver: zodResolver(bulkUpdateSchema) as unknown as Resolver<
      BulkUpdateFormValues,
      unknown,
      BulkUpdateOutput
    >,
    defaultValues: EMPTY_BULK_UPDATE,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES);
  const field = fieldProps(register, formState.errors);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    setRowMessages([]);
    setUpdated(null);
    setNoneSelected(selectedIds.length === 0);
    if (selectedIds.length === 0) return;
    try {
      const result = await bulkUpdate({
        variables: { input: toBulkUpdateInput(selectedIds, values) },
        refetchQueries: ['PlanDashboard'],
      });
      setUpdated(result.data?.bulkUpdateActions.length ?? selectedIds.length);
      reset(EMPTY_BULK_UPDATE);
      onDone();
    } catch (error) {
      setRowMessages(refusedRows(error));
      server.show(error);
    }
  });

  const messages = useMemo(
    () => [...(noneSelected ? ['Select at least one action'] : []), ...rowMessages, ...server.messages],
    [noneSelected, rowMessages, server.messages],
  );
  const summary = summaryItems(formState.errors, BULK_UPDATE_FIELDS, messages);

  // Say what happened where the user is: the banner takes focus, as the error summary does.
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (updated !== null) banner.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [updated]);

  return (
    <section aria-labelledby="bulk-update-heading" className="govuk-!-margin-top-6">
      <div ref={banner}>
        {updated !== null && (
          <NotificationBanner
            type="success"
            heading={`${updated} ${updated === 1 ? 'action' : 'actions'} updated`}
          />
        )}
      </div>
      <ErrorSummary errors={summary} focusKey={`${formState.submitCount}-${server.attempt}`} />
      <h3 className="govuk-heading-m" id="bulk-update-heading">
        Change selected actions
      </h3>
      <p className="govuk-body">
        {selectedIds.length === 0
          ? 'Select actions in the table, then choose what to change.'
          : `${selectedIds.length} ${selectedIds.length === 1 ? 'action' : 'actions'} selected.`}{' '}
        Only what you choose is changed. If any selected action cannot be changed, none are.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <Select
          label="Status"
          options={[DO_NOT_CHANGE, ...ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]}
          {...field.input('status')}
        />
        <Select
          label="RAG status"
          options={[DO_NOT_CHANGE, ...RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))]}
          {...field.input('rag')}
        />
        <CharacterCount
          maxLength={LIMITS.update.ragReason.max}
          label="Reason for the RAG status (optional)"
          hint="Say why, if it differs from what the plan’s rule suggests"
          rows={2}
          {...field.input('ragReason')}
        />
        {admin && (
          <>
            <DateInput legend="Due date (optional)" {...field.date('dueDate')} />
            <Select
              label="Lead partner"
              options={[DO_NOT_CHANGE, ...partners.map((p) => ({ value: p.id, label: p.name }))]}
              {...field.input('leadPartnerId')}
            />
          </>
        )}
        <Button type="submit" disabled={loading}>
          Apply to selected actions
        </Button>
      </form>
    </section>
  );
}
