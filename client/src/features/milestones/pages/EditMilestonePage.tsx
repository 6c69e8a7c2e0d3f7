import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { EditMilestoneFormQuery as EditMilestoneFormData } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { ActionDetailQuery } from '@/features/actions/graphql/ActionDetail.query';
import type { SavedState } from '@/features/actions/utils/savedState';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { RequireCanUpdate } from '@/features/actions/components/CannotUpdate';
import { MilestoneFormFields } from '@/features/milestones/components/MilestoneFormFields';
import { EditMilestoneFormQuery } from '@/features/milestones/graphql/EditMilestoneForm.query';
import { UpdateMilestoneMutation } from '@/features/milestones/graphql/UpdateMilestone.mutation';
import {
  MILESTONE_FIELDS,
  milestoneSchema,
  type MilestoneFormOutput,
  type MilestoneFormValues,
} from '@/features/milestones/utils/milestoneForm';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { useFormPage } from '@/hooks/useFormPage';
import { formatDate, isoToDateParts } from '@/utils/dates';
import { useState } from 'react';
import { EVIDENCE_DEFAULT_MAX_MB, isBaselined } from '@partnership-tracker/domain';
import { EvidenceUpload } from '@/features/evidence/components/EvidenceUpload';
import type { UploadedEvidence } from '@/features/evidence/utils/evidenceUpload';
import { BaselinedFields } from '@/features/amendments/components/BaselinedFields';
import { useMe } from '@/features/auth/hooks/useMe';

type Action = EditMilestoneFormData['action'];
type Milestone = Action['milestones'][number];

export interface EditMilestoneFormProps {
  action: Pick<Action, 'id' | 'ref' | 'title' | 'canEdit'>;
  milestone: Milestone;
  /** The server's evidence file limit, in bytes. */
  evidenceLimit?: number;
  /** The plan, when it is active: the due date is then part of its baseline, changed by amendment. */
  baselinedIn?: { slug: string; admin: boolean } | null;
}

function formValues(milestone: Milestone): MilestoneFormValues {
  return {
    title: milestone.title,
    dueDate: isoToDateParts(milestone.dueDate),
    completedOn: isoToDateParts(milestone.completedOn),
    evidence: milestone.evidence ?? '',
  };
}

/** Change a milestone: above all, mark it done with its evidence, or reopen it. */
export function EditMilestoneForm({
  action,
  milestone,
  evidenceLimit = EVIDENCE_DEFAULT_MAX_MB * 1024 * 1024,
  baselinedIn = null,
}: EditMilestoneFormProps) {
  const [updateMilestone, { loading }] = useMutation(UpdateMilestoneMutation);
  // Evidence files go with the completion: sent as ids with the milestone's change.
  const [files, setFiles] = useState<UploadedEvidence[]>([]);
  const [uploading, setUploading] = useState(0);
  const actionHref = `/actions/${action.id}`;
  const { register, errors, submission, personalData } = useFormPage<
    MilestoneFormValues,
    MilestoneFormOutput
  >({
    resolver: zodResolver(milestoneSchema),
    defaultValues: formValues(milestone),
    fields: MILESTONE_FIELDS,
    save: async (values, confirmed) => {
      await updateMilestone({
        // An empty 'Completed on' is sent as null: that reopens the milestone.
        variables: {
          input: {
            id: milestone.id,
            ...values,
            dueDate: values.dueDate!,
            ...(files.length ? { evidenceFileIds: files.map((f) => f.id) } : {}),
            ...confirmed,
          },
        },
        // A new due date can move the milestone in the list, and the action's overdue count changes.
        refetchQueries: [{ query: ActionDetailQuery, variables: { id: action.id } }],
        awaitRefetchQueries: true,
      });
      const state: SavedState = { saved: 'milestoneUpdated', milestoneTitle: values.title };
      return { to: actionHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Change milestone: ${milestone.title}`}
      backLink={{ to: actionHref, text: `Back to action ${action.ref}` }}
      caption={`Action ${action.ref}: ${action.title}`}
      heading="Change milestone"
      intro={
        <>
          <p className="govuk-body">
            To mark the milestone done, enter the date it was completed and what shows it was done.
          </p>
        </>
      }
      submitText="Save milestone"
      saving={loading || uploading > 0}
    >
      <MilestoneFormFields
        register={register}
        errors={errors}
        completedOnHint="For example, 27 3 2026. Clear the completed date to reopen it."
        dueDateBaseline={
          baselinedIn && (
            <BaselinedFields
              amendHref={
                baselinedIn.admin ? `/plans/${baselinedIn.slug}/amendments/new?action=${action.id}` : null
              }
              rows={[{ key: 'Due date', value: formatDate(milestone.dueDate) }]}
            />
          )
        }
      />
      <EvidenceUpload
        actionId={action.id}
        maxBytes={evidenceLimit}
        label="Evidence files (optional)"
        files={files}
        onChange={setFiles}
        onBusyChange={(on) => setUploading((n) => n + (on ? 1 : -1))}
      />
      <PersonalDataConfirm {...personalData} fieldLabels={{ title: 'Title' }} />
    </FormPage>
  );
}

function EditMilestoneLoader() {
  const { actionId = '', id = '' } = useParams();
  const { me } = useMe();
  const result = useQuery(EditMilestoneFormQuery, { variables: { actionId }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => {
        const milestone = data.action.milestones.find((m) => m.id === id);
        if (!milestone) return <NotFound />;
        return (
          <RequireCanUpdate action={data.action} task="change this action’s milestones">
            <EditMilestoneForm
              key={milestone.id}
              action={data.action}
              milestone={milestone}
              evidenceLimit={data.evidenceUploadLimit}
              baselinedIn={
                isBaselined(data.action.plan.status)
                  ? { slug: data.action.plan.slug, admin: me?.role === 'ADMIN' }
                  : null
              }
            />
          </RequireCanUpdate>
        );
      }}
    </QueryResult>
  );
}

export function EditMilestonePage() {
  return (
    <RequireSignIn allowUpdateLink>
      <EditMilestoneLoader />
    </RequireSignIn>
  );
}
