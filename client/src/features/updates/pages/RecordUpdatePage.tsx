import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { RecordUpdateFormQuery as RecordUpdateFormData } from '@/__generated__/graphql';
import { ChoiceItems, Radios } from '@/components/Checkboxes';
import { CharacterCount } from '@/components/CharacterCount';
import { DateInput } from '@/components/DateInput';
import { FieldsetGroup } from '@/components/FormParts';
import { FormPage } from '@/components/FormPage';
import { NotificationBanner } from '@/components/NotificationBanner';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { ACTION_STATUSES, RAG_HINTS, RAG_LABELS, RAGS, STATUS_LABELS } from '@/features/actions/utils/labels';
import type { SavedState } from '@/features/actions/utils/savedState';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { RequireCanUpdate } from '@/features/actions/components/CannotUpdate';
import { RecordUpdateMutation } from '@/features/updates/graphql/RecordUpdate.mutation';
import { RecordUpdateFormQuery } from '@/features/updates/graphql/RecordUpdateForm.query';
import {
  conflictCurrent,
  isNetworkFailure,
  suggestionAskingForReason,
  type CurrentAction,
} from '@/features/updates/utils/conflict';
import { LIMITS, needsRagReason } from '@partnership-tracker/domain';
import {
  asIdList,
  completionIds,
  emptyCompletion,
  ragContextOf,
  recordUpdateFields,
  recordUpdateSchema,
  suggestionFor,
  toRecordUpdateInput,
  type RecordUpdateFormValues,
  type RecordUpdateOutput,
} from '@/features/updates/utils/recordUpdateForm';
import { clearDraft, isUnsent, loadDraft, saveDraft } from '@/features/updates/utils/updateDraft';
import { useFormPage } from '@/hooks/useFormPage';
import { EvidenceUpload } from '@/features/evidence/components/EvidenceUpload';
import type { UploadedEvidence } from '@/features/evidence/utils/evidenceUpload';
import { formatDate, formatDateTime } from '@/utils/dates';
import { fieldError } from '@/utils/formErrors';
import { fieldProps } from '@/utils/fieldProps';

type Action = RecordUpdateFormData['action'];

function startingValues(action: Action): RecordUpdateFormValues {
  return {
    status: action.status,
    rag: action.rag,
    ragReason: action.ragReason ?? '',
    progress: String(action.progress),
    commentary: '',
    outcome: '',
    milestoneIds: [],
    completions: Object.fromEntries(
      action.milestones.filter((m) => !m.completedOn).map((m) => [m.id, emptyCompletion()]),
    ),
  };
}

/** What the other person's update made of the action, so the author can decide what to send. */
function ConflictPanel({ current }: { current: CurrentAction }) {
  return (
    <div className="govuk-inset-text" role="region" aria-labelledby="conflict-heading">
      <h2 className="govuk-heading-m" id="conflict-heading">
        Someone else updated this action
      </h2>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            <ActionStatusTag status={current.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">RAG status</dt>
          <dd className="govuk-summary-list__value">
            <RagTag rag={current.rag} />
            {current.ragReason && ` – reason: ${current.ragReason}`}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Progress</dt>
          <dd className="govuk-summary-list__value">{current.progress}%</dd>
        </div>
        {current.latestUpdate && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Their commentary</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body app-pre-line">{current.latestUpdate.commentary}</p>
              <p className="govuk-body-s">
                By {current.latestUpdate.authorEmail}, {formatDateTime(current.latestUpdate.createdAt)}
              </p>
            </dd>
          </div>
        )}
      </dl>
      <p className="govuk-body">
        Your update is still below. Change it if you need to, then select ‘Record update’ to apply it.
      </p>
    </div>
  );
}

function RecordUpdateForm({ action, evidenceLimit }: { action: Action; evidenceLimit: number }) {
  // A draft kept on this device, unless it was recorded after all.
  const [draft] = useState(() => {
    const kept = loadDraft(action.id);
    if (kept && !isUnsent(kept, action)) {
      clearDraft(action.id);
      return null;
    }
    return kept;
  });
  // Once recorded, nothing typed later (the form's last changes as the page goes) is kept.
  const recorded = useRef(false);
  const [recordUpdate, { loading }] = useMutation(RecordUpdateMutation);
  const [conflict, setConflict] = useState<CurrentAction | null>(null);
  // Evidence files uploaded for the update, and for each milestone ticked; sent as their ids.
  const [updateFiles, setUpdateFiles] = useState<UploadedEvidence[]>([]);
  const [milestoneFiles, setMilestoneFiles] = useState<Record<string, UploadedEvidence[]>>({});
  const [uploading, setUploading] = useState(0);
  const busy = (on: boolean) => setUploading((n) => n + (on ? 1 : -1));
  // A draft left waiting while offline waits again only if still offline; otherwise it is shown to send.
  const [waitingToSend, setWaitingToSend] = useState(
    () => !!draft?.pending && typeof navigator !== 'undefined' && navigator.onLine === false,
  );
  // The form works the suggestion out as the partner types; should the server's differ (today
  // moved on while the page was open), it asks for a reason and the form shows the box.
  const [reasonAsked, setReasonAsked] = useState(false);
  // A restored draft keeps the version it started from, so a change made meanwhile still conflicts.
  const version = useRef(draft?.expectedVersion ?? action.version);
  const pending = useRef(draft?.pending ?? false);
  const actionHref = `/actions/${action.id}`;
  const openMilestones = useMemo(() => action.milestones.filter((m) => !m.completedOn), [action.milestones]);
  const fields = useMemo(() => recordUpdateFields(openMilestones.map((m) => m.id)), [openMilestones]);
  const ragContext = useMemo(() => ragContextOf(action), [action]);
  const resolver = useMemo(
    () =>
      zodResolver(recordUpdateSchema(ragContext)) as unknown as Resolver<
        RecordUpdateFormValues,
        unknown,
        RecordUpdateOutput
      >,
    [ragContext],
  );
  const defaults = useMemo(() => {
    const start = startingValues(action);
    if (!draft) return start;
    return { ...start, ...draft.values, completions: { ...start.completions, ...draft.values.completions } };
  }, [action, draft]);

  const keepDraft = useCallback(
    (values: RecordUpdateFormValues) => {
      if (recorded.current) return;
      saveDraft(action.id, { expectedVersion: version.current, values, pending: pending.current });
    },
    [action.id],
  );

  const { register, errors, submission, form } = useFormPage<RecordUpdateFormValues, RecordUpdateOutput>({
    resolver,
    defaultValues: defaults,
    fields,
    save: async (values) => {
      const waitForNetwork = () => {
        pending.current = true;
        keepDraft(form.getValues());
        setWaitingToSend(true);
      };
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return waitForNetwork();
      try {
        const input = toRecordUpdateInput(action.id, version.current, values, ragContext, reasonAsked);
        await recordUpdate({
          variables: {
            input: {
              ...input,
              evidenceFileIds: updateFiles.map((f) => f.id),
              milestoneCompletions: input.milestoneCompletions?.map((c) => ({
                ...c,
                evidenceFileIds: (milestoneFiles[c.milestoneId] ?? []).map((f) => f.id),
              })),
            },
          },
        });
      } catch (error) {
        if (isNetworkFailure(error)) return waitForNetwork();
        pending.current = false;
        setWaitingToSend(false);
        if (suggestionAskingForReason(error)) setReasonAsked(true);
        const current = conflictCurrent(error);
        if (current) {
          // Sending again applies the author's update on top of the other one.
          version.current = current.version;
          setConflict(current);
        }
        keepDraft(form.getValues());
        throw error;
      }
      pending.current = false;
      recorded.current = true;
      clearDraft(action.id);
      const state: SavedState = { saved: 'update' };
      return { to: actionHref, state };
    },
  });

  // Keep what is typed on this device as it is typed.
  useEffect(() => {
    const subscription = form.watch((values) => keepDraft(values as RecordUpdateFormValues));
    return () => subscription.unsubscribe();
  }, [form, keepDraft]);

  // Send a waiting update as soon as the browser is back online.
  const submit = useRef(submission.onSubmit);
  useEffect(() => {
    submit.current = submission.onSubmit;
  });
  useEffect(() => {
    if (!waitingToSend) return;
    const send = () => void submit.current();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [waitingToSend]);

  const field = fieldProps(register, errors);
  const rag = form.watch('rag');
  const ticked = asIdList(form.watch('milestoneIds'));
  const suggestedRag = suggestionFor(ragContext, {
    status: form.watch('status'),
    progress: form.watch('progress'),
    milestoneIds: ticked,
    completions: form.watch('completions'),
  });
  const showReason = needsRagReason(rag, suggestedRag) || reasonAsked;

  return (
    <FormPage
      submission={submission}
      title={`Record an update: action ${action.ref}`}
      backLink={{ to: actionHref, text: `Back to action ${action.ref}` }}
      caption={`Action ${action.ref}: ${action.title}`}
      heading="Record an update"
      intro={
        <>
          <div aria-live="polite">
            {waitingToSend ? (
              <NotificationBanner heading="You are offline. Your update is saved on this device and will be sent when you are back online." />
            ) : (
              draft &&
              !conflict && (
                <NotificationBanner heading="We restored your unsent update">
                  <p className="govuk-body">Check it, then select ‘Record update’ to send it.</p>
                </NotificationBanner>
              )
            )}
          </div>
          {conflict && <ConflictPanel current={conflict} />}
        </>
      }
      submitText="Record update"
      saving={loading || uploading > 0}
    >
      <Radios
        legend="Status"
        legendSize="s"
        small
        items={ACTION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        {...field.choices('status')}
      />
      <Radios
        legend="RAG status"
        legendSize="s"
        hint={
          <span aria-live="polite" data-testid="suggested-rag">
            The plan’s rule suggests {RAG_LABELS[suggestedRag]} for this update
          </span>
        }
        small
        items={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r], hint: RAG_HINTS[r] }))}
        {...field.choices('rag')}
      />
      {showReason && (
        <CharacterCount
          maxLength={LIMITS.update.ragReason.max}
          label="Reason for a different RAG status"
          hint={
            rag === suggestedRag
              ? 'Say why the rating differs from what the plan’s rule suggested when you sent it.'
              : `Say why the action is ${RAG_LABELS[rag]} rather than ${RAG_LABELS[suggestedRag]}.`
          }
          rows={3}
          {...field.input('ragReason')}
        />
      )}
      <TextInput
        label="Progress"
        hint="Per cent complete, from 0 to 100. A completed action is 100% done."
        inputMode="numeric"
        widthClass="govuk-input--width-3"
        suffix="%"
        spellCheck={false}
        {...field.input('progress')}
      />
      <CharacterCount
        label="Commentary"
        hint="What has happened since the last update, and what happens next"
        maxLength={LIMITS.update.commentary.max}
        {...field.input('commentary')}
      />
      <CharacterCount
        label="Difference made (optional)"
        hint="The outcome for rural communities, if you can say yet"
        rows={3}
        maxLength={LIMITS.update.outcome.max}
        {...field.input('outcome')}
      />
      <EvidenceUpload
        actionId={action.id}
        maxBytes={evidenceLimit}
        label="Evidence files for this update (optional)"
        files={updateFiles}
        onChange={setUpdateFiles}
        onBusyChange={busy}
      />
      {openMilestones.length > 0 && (
        <FieldsetGroup
          id="milestoneIds"
          legend="Milestones completed with this update"
          legendSize="s"
          hint="Select any milestones this update completes."
        >
          <ChoiceItems
            kind="checkboxes"
            small
            idPrefix="milestoneIds"
            inputProps={register('milestoneIds')}
            items={openMilestones.map((m, i) => {
              const ids = completionIds(i);
              const dateName = `completions.${m.id}.completedOn` as const;
              const evidenceName = `completions.${m.id}.evidence` as const;
              return {
                value: m.id,
                label: m.title,
                hint: `Due ${formatDate(m.dueDate)}${m.overdue ? ' (overdue)' : ''}`,
                conditionalOpen: ticked.includes(m.id),
                conditional: (
                  <>
                    <DateInput
                      id={ids.completedOn}
                      legend="Completed on"
                      error={fieldError(errors, dateName)}
                      parts={{
                        day: register(`${dateName}.day`),
                        month: register(`${dateName}.month`),
                        year: register(`${dateName}.year`),
                      }}
                    />
                    <CharacterCount
                      maxLength={LIMITS.update.completionEvidence.max}
                      id={ids.evidence}
                      label="Evidence"
                      hint="A link or a few words on what shows it was done"
                      rows={2}
                      error={fieldError(errors, evidenceName)}
                      {...register(evidenceName)}
                    />
                    <EvidenceUpload
                      actionId={action.id}
                      maxBytes={evidenceLimit}
                      label="Evidence files (optional)"
                      files={milestoneFiles[m.id] ?? []}
                      onChange={(files) => setMilestoneFiles((all) => ({ ...all, [m.id]: files }))}
                      onBusyChange={busy}
                    />
                  </>
                ),
              };
            })}
          />
        </FieldsetGroup>
      )}
    </FormPage>
  );
}

function RecordUpdateLoader() {
  const { id = '' } = useParams();
  const result = useQuery(RecordUpdateFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => (
        <RequireCanUpdate action={data.action} task="record an update on this action">
          <RecordUpdateForm
            key={data.action.id}
            action={data.action}
            evidenceLimit={data.evidenceUploadLimit}
          />
        </RequireCanUpdate>
      )}
    </QueryResult>
  );
}

export function RecordUpdatePage() {
  return (
    <RequireSignIn allowUpdateLink>
      <RecordUpdateLoader />
    </RequireSignIn>
  );
}
