import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { PlanFormFields } from '@/features/plans/components/PlanFormFields';
import { CreatePlanMutation } from '@/features/plans/graphql/CreatePlan.mutation';
import { NewPlanFormQuery } from '@/features/plans/graphql/NewPlanForm.query';
import { PlansListQuery } from '@/features/plans/graphql/PlansList.query';
import {
  EMPTY_PLAN_FORM,
  PLAN_SLUG_CONFLICT,
  planFormFields,
  PLAN_TEXT_LABELS,
  planSchema,
  type PlanFormOutput,
  type PlanFormValues,
} from '@/features/plans/utils/planForm';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';

const FIELDS = planFormFields('create');
const SCHEMA = planSchema('create');

export function NewPlanForm({ partners }: { partners: { id: string; name: string }[] }) {
  const [createPlan, { loading }] = useMutation(CreatePlanMutation);
  const { register, errors, submission, personalData } = useFormPage<PlanFormValues, PlanFormOutput>({
    resolver: zodResolver(SCHEMA),
    defaultValues: EMPTY_PLAN_FORM,
    fields: FIELDS,
    conflict: PLAN_SLUG_CONFLICT,
    save: async (values, confirmed) => {
      const result = await createPlan({
        variables: {
          input: { ...values, startDate: values.startDate!, endDate: values.endDate!, ...confirmed },
        },
        refetchQueries: [{ query: PlansListQuery }],
      });
      const state: PlanSavedState = { saved: 'planCreated' };
      return { to: `/plans/${result.data!.createPlan.slug}`, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title="Add a plan"
      backLink={{ to: '/', text: 'Back to plans' }}
      heading="Add a plan"
      intro={<p className="govuk-body">You can add its priorities and actions once the plan is saved.</p>}
      submitText="Add plan"
      saving={loading}
    >
      <PlanFormFields mode="create" register={register} errors={errors} partners={partners} />
      <PersonalDataConfirm {...personalData} fieldLabels={PLAN_TEXT_LABELS} />
    </FormPage>
  );
}

function NewPlanLoader() {
  const result = useQuery(NewPlanFormQuery, { fetchPolicy: 'network-only' });
  return <QueryResult result={result}>{(data) => <NewPlanForm partners={data.partners} />}</QueryResult>;
}

export function NewPlanPage() {
  return (
    <RequireSignIn adminTask="add plans">
      <NewPlanLoader />
    </RequireSignIn>
  );
}
