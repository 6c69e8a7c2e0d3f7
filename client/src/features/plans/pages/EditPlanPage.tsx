import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { getFragmentData, graphql } from '@/__generated__';
import type { EditPlanForm_PlanFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { PlanFormFields } from '@/features/plans/components/PlanFormFields';
import { EditPlanFormQuery } from '@/features/plans/graphql/EditPlanForm.query';
import { UpdatePlanMutation } from '@/features/plans/graphql/UpdatePlan.mutation';
import {
  planFormFields,
  PLAN_TEXT_LABELS,
  planSchema,
  type PlanFormOutput,
  type PlanFormValues,
} from '@/features/plans/utils/planForm';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { PersonalDataConfirm } from '@/components/PersonalDataConfirm';
import { useFormPage } from '@/hooks/useFormPage';
import { isoToDateParts } from '@/utils/dates';

/** A plan as its form shows it. Saving returns the same, so every view of the plan is up to date. */
export const EditPlanForm_plan = graphql(`
  fragment EditPlanForm_plan on Plan {
    id
    slug
    title
    summary
    status
    startDate
    endDate
    contactEmail
    contactUrl
    owner {
      id
    }
  }
`);

const FIELDS = planFormFields('edit');
const SCHEMA = planSchema('edit');

type Plan = EditPlanForm_PlanFragment;

function formValues(plan: Plan): PlanFormValues {
  return {
    slug: plan.slug,
    title: plan.title,
    summary: plan.summary ?? '',
    startDate: isoToDateParts(plan.startDate),
    endDate: isoToDateParts(plan.endDate),
    status: plan.status,
    ownerPartnerId: plan.owner.id,
    contactEmail: plan.contactEmail ?? '',
    contactUrl: plan.contactUrl ?? '',
  };
}

export function EditPlanForm({ plan, partners }: { plan: Plan; partners: { id: string; name: string }[] }) {
  const [updatePlan, { loading }] = useMutation(UpdatePlanMutation);
  const planHref = `/plans/${plan.slug}`;
  const { register, errors, submission, personalData } = useFormPage<PlanFormValues, PlanFormOutput>({
    resolver: zodResolver(SCHEMA),
    defaultValues: formValues(plan),
    fields: FIELDS,
    save: async (values, confirmed) => {
      // The slug is not sent: it cannot change.
      const { slug: _slug, ...changes } = values;
      await updatePlan({
        variables: {
          input: {
            id: plan.id,
            ...changes,
            startDate: values.startDate!,
            endDate: values.endDate!,
            ...confirmed,
          },
        },
      });
      const state: PlanSavedState = { saved: 'planUpdated' };
      return { to: planHref, state };
    },
  });

  return (
    <FormPage
      submission={submission}
      title={`Change plan: ${plan.title}`}
      backLink={{ to: planHref, text: `Back to ${plan.title}` }}
      caption={plan.title}
      heading="Change plan"
      submitText="Save plan"
      saving={loading}
    >
      <PlanFormFields mode="edit" register={register} errors={errors} partners={partners} />
      <PersonalDataConfirm {...personalData} fieldLabels={PLAN_TEXT_LABELS} />
    </FormPage>
  );
}

function EditPlanLoader() {
  const { slug = '' } = useParams();
  const result = useQuery(EditPlanFormQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => (
        <EditPlanForm
          key={data.plan.id}
          plan={getFragmentData(EditPlanForm_plan, data.plan)}
          partners={data.partners}
        />
      )}
    </QueryResult>
  );
}

export function EditPlanPage() {
  return (
    <RequireSignIn adminTask="change plans">
      <EditPlanLoader />
    </RequireSignIn>
  );
}
