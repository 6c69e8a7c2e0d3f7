import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { EditPlanFormQuery as EditPlanFormData } from '@/__generated__/graphql';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
import { PlanFormFields } from '@/features/plans/components/PlanFormFields';
import { EditPlanFormQuery } from '@/features/plans/graphql/EditPlanForm.query';
import { UpdatePlanMutation } from '@/features/plans/graphql/UpdatePlan.mutation';
import {
  planFormFields,
  planSchema,
  type PlanFormOutput,
  type PlanFormValues,
} from '@/features/plans/utils/planForm';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { useServerErrors } from '@/hooks/useServerErrors';
import { isoToDateParts } from '@/utils/dates';
import { summaryItems } from '@/utils/formErrors';

const FIELDS = planFormFields('edit');
const FIELD_NAMES = FIELDS.map((f) => f.name);
const SCHEMA = planSchema('edit');

type Plan = EditPlanFormData['plan'];

function formValues(plan: Plan): PlanFormValues {
  return {
    slug: plan.slug,
    title: plan.title,
    summary: plan.summary ?? '',
    startDate: isoToDateParts(plan.startDate),
    endDate: isoToDateParts(plan.endDate),
    status: plan.status,
    ownerPartnerId: plan.owner.id,
  };
}

export function EditPlanForm({ plan, partners }: { plan: Plan; partners: EditPlanFormData['partners'] }) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(SCHEMA),
    defaultValues: formValues(plan),
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES);
  const [updatePlan, { loading }] = useMutation(UpdatePlanMutation);
  const planHref = `/plans/${plan.slug}`;

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    // The slug is not sent: it cannot change.
    const { slug: _slug, ...changes } = values;
    try {
      await updatePlan({
        variables: {
          input: { id: plan.id, ...changes, startDate: values.startDate!, endDate: values.endDate! },
        },
      });
    } catch (error) {
      server.show(error);
      return;
    }
    const state: PlanSavedState = { saved: 'planUpdated' };
    navigate(planHref, { state });
  });

  const errors = summaryItems(formState.errors, FIELDS, server.messages);
  return (
    <Page
      title={`Change plan: ${plan.title}`}
      error={errors.length > 0}
      beforeContent={<BackLink to={planHref}>Back to {plan.title}</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading caption={plan.title}>Change plan</PageHeading>
          <form onSubmit={onSubmit} noValidate>
            <PlanFormFields mode="edit" register={register} errors={formState.errors} partners={partners} />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Save plan
              </Button>
              <Link className="govuk-link" to={planHref}>
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

function EditPlanLoader() {
  const { slug = '' } = useParams();
  const { data, error, loading } = useQuery(EditPlanFormQuery, {
    variables: { slug },
    fetchPolicy: 'network-only',
  });
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;
  return <EditPlanForm key={data.plan.id} plan={data.plan} partners={data.partners} />;
}

export function EditPlanPage() {
  return (
    <RequireAdmin task="change plans">
      <EditPlanLoader />
    </RequireAdmin>
  );
}
