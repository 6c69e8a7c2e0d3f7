import { useMemo, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '@/__generated__';
import type {
  EditActionForm_ActionFragment,
  EditActionFormQuery as EditActionFormData,
  UpdateActionInput,
} from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { useMe } from '@/features/auth/hooks/useMe';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { RequireCanUpdate } from '@/features/actions/components/CannotUpdate';
import { ActionFormFields } from '@/features/actions/components/ActionFormFields';
import { EditActionFormQuery } from '@/features/actions/graphql/EditActionForm.query';
import { UpdateActionMutation } from '@/features/actions/graphql/UpdateAction.mutation';
import {
  actionFormFields,
  actionSchemaFor,
  type ActionFormMode,
  type ActionFormValues,
  type AdminActionOutput,
  type PartnerActionOutput,
} from '@/features/actions/utils/actionForm';
import type { SavedState } from '@/features/actions/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { formatDate, isoToDateParts } from '@/utils/dates';
import { isBaselined } from '@partnership-tracker/domain';
import { BaselinedFields } from '@/features/amendments/components/BaselinedFields';
import { personalDataFindings, type PersonalDataFinding } from '@/utils/personalData';

/** An action as its form shows it. Saving returns the same, so the action page is up to date. */
export const EditActionForm_action = graphql(`
  fragment EditActionForm_action on Action {
    id
    ref
    title
    description
    status
    rag
    progress
    startDate
    dueDate
    weight
    area
    published
    publicSummary
    canEdit
    version
    leadPartner {
      id
    }
    supportingPartners {
      id
    }
  }
`);

type Action = EditActionForm_ActionFragment;

function formValues(action: Action): ActionFormValues {
  return {
    ref: action.ref,
    title: action.title,
    status: action.status,
    rag: action.rag,
    progress: String(action.progress),
    description: action.description ?? '',
    leadPartnerId: action.leadPartner.id,
    supportingPartnerIds: action.supportingPartners.map((p) => p.id),
    startDate: isoToDateParts(action.startDate),
    dueDate: isoToDateParts(action.dueDate),
    area: action.area,
    weight: String(action.weight),
    published: action.published,
    publicSummary: action.publicSummary ?? '',
    confirmPersonalData: false,
  };
}

function EditActionForm({
  action,
  planTitle,
  planSlug,
  planStatus,
  partners,
  mode,
}: {
  action: Action;
  planTitle: string;
  planSlug: string;
  planStatus: string;
  partners: EditActionFormData['partners'];
  mode: ActionFormMode;
}) {
  const [updateAction, { loading }] = useMutation(UpdateActionMutation);
  const [personalData, setPersonalData] = useState<PersonalDataFinding[]>([]);
  const actionHref = `/actions/${action.id}`;
  const fields = useMemo(() => actionFormFields(mode), [mode]);
  const { register, errors, submission } = useFormPage<ActionFormValues, AdminActionOutput>({
    // One form type for both modes; a partner's schema checks and returns only their four fields.
    resolver: zodResolver(actionSchemaFor(mode)) as unknown as Resolver<
      ActionFormValues,
      unknown,
      AdminActionOutput
    >,
    defaultValues: formValues(action),
    fields,
    save: async (values) => {
      const partnerFields: PartnerActionOutput = {
        status: values.status,
        rag: values.rag,
        progress: values.progress,
        description: values.description,
      };
      const input: UpdateActionInput = { id: action.id, version: action.version, ...partnerFields };
      if (mode === 'admin') {
        Object.assign(input, {
          title: values.title,
          leadPartnerId: values.leadPartnerId,
          supportingPartnerIds: values.supportingPartnerIds.filter((id) => id !== values.leadPartnerId),
          startDate: values.startDate,
          dueDate: values.dueDate,
          area: values.area,
          weight: values.weight,
          published: values.published,
          publicSummary: values.publicSummary,
          confirmPersonalData: values.confirmPersonalData || undefined,
        } satisfies Partial<UpdateActionInput>);
      }
      try {
        await updateAction({ variables: { input } });
      } catch (error) {
        setPersonalData(personalDataFindings(error));
        throw error;
      }
      const state: SavedState = { saved: 'action' };
      return { to: actionHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Update action ${action.ref}: ${action.title}`}
      backLink={{ to: actionHref, text: `Back to action ${action.ref}` }}
      caption={planTitle}
      heading={`Update action ${action.ref}: ${action.title}`}
      intro={
        <>
          {mode === 'partner' && (
            <p className="govuk-body">
              You can change the status, RAG status, progress and description. The Commissioner’s team changes
              the rest.
            </p>
          )}
        </>
      }
      submitText="Save changes"
      saving={loading}
      after={
        mode === 'admin' && (
          <>
            <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
            {isBaselined(planStatus) ? (
              <p className="govuk-body">
                If it is no longer part of the plan,{' '}
                <Link className="govuk-link" to={`/plans/${planSlug}/amendments/new?action=${action.id}`}>
                  propose an amendment
                </Link>{' '}
                to retire it.
              </p>
            ) : (
              <p className="govuk-body">
                <Link className="govuk-link" to={`${actionHref}/archive`}>
                  Archive this action
                </Link>{' '}
                if it is no longer part of the plan.
              </p>
            )}
          </>
        )
      }
    >
      <ActionFormFields
        mode={mode}
        register={register}
        errors={errors}
        partners={partners}
        personalData={personalData}
        baseline={
          isBaselined(planStatus) && (
            <BaselinedFields
              amendHref={mode === 'admin' ? `/plans/${planSlug}/amendments/new?action=${action.id}` : null}
              rows={[
                { key: 'Title', value: action.title },
                { key: 'Description', value: action.description ?? 'None' },
                { key: 'Start date', value: action.startDate ? formatDate(action.startDate) : 'Not set' },
                { key: 'Due date', value: action.dueDate ? formatDate(action.dueDate) : 'Not set' },
                { key: 'Weight', value: String(action.weight) },
              ]}
            />
          )
        }
      />
    </FormPage>
  );
}

function EditActionLoader() {
  const { id = '' } = useParams();
  const { me } = useMe();
  const result = useQuery(EditActionFormQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const mode: ActionFormMode = me?.role === 'ADMIN' ? 'admin' : 'partner';
  return (
    <QueryResult result={result}>
      {(data) => (
        // Remount on a new version, so the form starts from what the server holds.
        <RequireCanUpdate action={data.action} task="change this action">
          <EditActionForm
            key={`${data.action.id}-${data.action.version}`}
            action={getFragmentData(EditActionForm_action, data.action)}
            planTitle={data.action.plan.title}
            planSlug={data.action.plan.slug}
            planStatus={data.action.plan.status}
            partners={data.partners}
            mode={mode}
          />
        </RequireCanUpdate>
      )}
    </QueryResult>
  );
}

export function EditActionPage() {
  return (
    <RequireSignIn allowUpdateLink>
      <EditActionLoader />
    </RequireSignIn>
  );
}
