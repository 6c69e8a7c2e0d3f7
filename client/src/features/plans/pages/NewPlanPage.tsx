import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { BackLink } from '@/components/BackLink';
import { Button, ButtonGroup } from '@/components/Button';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { RequireAdmin } from '@/features/auth/components/RequireAdmin';
import { PlanFormFields } from '@/features/plans/components/PlanFormFields';
import { CreatePlanMutation } from '@/features/plans/graphql/CreatePlan.mutation';
import { NewPlanFormQuery } from '@/features/plans/graphql/NewPlanForm.query';
import { PlansListQuery } from '@/features/plans/graphql/PlansList.query';
import {
  EMPTY_PLAN_FORM,
  PLAN_SLUG_CONFLICT,
  planFormFields,
  planSchema,
  type PlanFormOutput,
  type PlanFormValues,
} from '@/features/plans/utils/planForm';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { useServerErrors } from '@/hooks/useServerErrors';
import { summaryItems } from '@/utils/formErrors';

const FIELDS = planFormFields('create');
const FIELD_NAMES = FIELDS.map((f) => f.name);
const SCHEMA = planSchema('create');

export function NewPlanForm({ partners }: { partners: { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const { register, handleSubmit, formState, setError } = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(SCHEMA),
    defaultValues: EMPTY_PLAN_FORM,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const server = useServerErrors(setError, FIELD_NAMES, PLAN_SLUG_CONFLICT);
  const [createPlan, { loading }] = useMutation(CreatePlanMutation);

  const onSubmit = handleSubmit(async (values) => {
    server.clear();
    let slug: string;
    try {
      const result = await createPlan({
        variables: { input: { ...values, startDate: values.startDate!, endDate: values.endDate! } },
        refetchQueries: [{ query: PlansListQuery }],
      });
      slug = result.data!.createPlan.slug;
    } catch (error) {
      server.show(error);
      return;
    }
    const state: PlanSavedState = { saved: 'planCreated' };
    navigate(`/plans/${slug}`, { state });
  });

  const errors = summaryItems(formState.errors, FIELDS, server.messages);
  return (
    <Page
      title="Add a plan"
      error={errors.length > 0}
      beforeContent={<BackLink to="/">Back to plans</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} focusKey={`${formState.submitCount}-${server.attempt}`} />
          <PageHeading>Add a plan</PageHeading>
          <p className="govuk-body">You can add its priorities and actions once the plan is saved.</p>
          <form onSubmit={onSubmit} noValidate>
            <PlanFormFields mode="create" register={register} errors={formState.errors} partners={partners} />
            <ButtonGroup>
              <Button type="submit" disabled={loading}>
                Add plan
              </Button>
              <Link className="govuk-link" to="/">
                Cancel
              </Link>
            </ButtonGroup>
          </form>
        </div>
      </div>
    </Page>
  );
}

function NewPlanLoader() {
  const { data, error, loading } = useQuery(NewPlanFormQuery, { fetchPolicy: 'network-only' });
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="form" /> : <QueryError error={error} />;
  return <NewPlanForm partners={data.partners} />;
}

export function NewPlanPage() {
  return (
    <RequireAdmin task="add plans">
      <NewPlanLoader />
    </RequireAdmin>
  );
}
