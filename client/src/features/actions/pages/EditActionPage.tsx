import { useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { EditActionFormQuery as EditActionFormData, UpdateActionInput } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { WarningText } from '@/components/WarningText';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';
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
import { useServerErrors } from '@/hooks/useServerErrors';
import { isoToDateParts } from '@/utils/dates';
import { summaryItems } from '@/utils/formErrors';

type Action = EditActionFormData['action'];

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
  };
}

function EditActionForm({
  action,
  partners,
  mode,
}: {
  action: Action;
  partners: EditActionFormData['partners'];
  mode: ActionFormMode;
}) {
  const navigate = useNavigate();
  const fields = useMemo(() => actionFormFields(mode), [mode]);
  const fieldNames = useMemo(() => fields.map((f) => f.name), [fields]);
  // One form type for both modes; a partner's schema checks and returns only their four fields.
  const resolver = zodResolver(actionSchemaFor(mode)) as unknown as Resolver<
    ActionFormValues,
    unknown,
    AdminActionOutput
  >;
  const { register, handleSubmit, formState, setError } = useForm<
    ActionFormValues,
    unknown,
    AdminActionOutput
  >({
    resolver,
    defaultValues: formValues(action),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, fieldNames);
  const [updateAction, { loading }] = useMutation(UpdateActionMutation);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
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
      } satisfies Partial<UpdateActionInput>);
    }
    try {
      await updateAction({ variables: { input } });
    } catch (error) {
      server.show(error);
      return;
    }
    const state: SavedState = { saved: 'action' };
    navigate(`/actions/${action.id}`, { state });
  });

  const errors = summaryItems(formState.errors, fields, server.messages);
  return (
    <Page
      title={`Update action ${action.ref}: ${action.title}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={`/actions/${action.id}`}>Back to action {action.ref}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={action.plan.title}>
            Update action {action.ref}: {action.title}
          </PageHeading>
          {!action.canEdit && (
            <WarningText>
              Your organisation does not lead or support this action, so you may not be able to save changes.
            </WarningText>
          )}
          {mode === 'partner' && (
            <p className="govuk-body">
              You can change the status, RAG status, progress and description. The Commissioner’s team changes
              the rest.
            </p>
          )}
          <form onSubmit={onSubmit} noValidate>
            <ActionFormFields mode={mode} register={register} errors={formState.errors} partners={partners} />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Save changes
              </Button>
              <Link className="govuk-link" to={`/actions/${action.id}`}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
          {mode === 'admin' && (
            <>
              <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
              <p className="govuk-body">
                <Link className="govuk-link" to={`/actions/${action.id}/archive`}>
                  Archive this action
                </Link>{' '}
                if it is no longer part of the plan.
              </p>
            </>
          )}
        </div>
      </div>
    </Page>
  );
}

export function EditActionPage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const { me, loading: meLoading } = useMe();
  const { data, error, loading } = useQuery(EditActionFormQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
    skip: !me,
  });

  if (meLoading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;

  const mode: ActionFormMode = me.role === 'ADMIN' ? 'admin' : 'partner';
  // Remount on a new version, so the form starts from what the server holds.
  return (
    <EditActionForm
      key={`${data.action.id}-${data.action.version}`}
      action={data.action}
      partners={data.partners}
      mode={mode}
    />
  );
}
