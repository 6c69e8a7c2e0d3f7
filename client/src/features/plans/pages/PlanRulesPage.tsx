import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { getFragmentData, graphql } from '@/__generated__';
import type { PlanRulesForm_PlanFragment } from '@/__generated__/graphql';
import { FormPage } from '@/components/FormPage';
import { QueryResult } from '@/components/QueryResult';
import { TextInput } from '@/components/TextInput';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { PlanRulesFormQuery } from '@/features/plans/graphql/PlanRulesForm.query';
import { UpdatePlanRulesMutation } from '@/features/plans/graphql/UpdatePlanRules.mutation';
import type { PlanSavedState } from '@/features/plans/utils/savedState';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import type { FormField } from '@/utils/formErrors';
import { wholeNumberField } from '@/utils/validation';

export const PlanRulesForm_plan = graphql(`
  fragment PlanRulesForm_plan on Plan {
    id
    slug
    title
    ragRedLateDays
    ragAmberBehindPoints
    staleAfterDays
    reminderDaysBefore
  }
`);

// The same ranges the server checks (UpdatePlanInput).
export const planRulesSchema = z.object({
  ragRedLateDays: wholeNumberField('Days late for red', 0, 365),
  ragAmberBehindPoints: wholeNumberField('Points behind for amber', 0, 100),
  staleAfterDays: wholeNumberField('Days until an action is stale', 7, 730),
  reminderDaysBefore: wholeNumberField('Days before the deadline to remind partners', 0, 60),
});

type Values = z.input<typeof planRulesSchema>;
type Output = z.output<typeof planRulesSchema>;
const FIELDS: FormField[] = [
  { name: 'ragRedLateDays' },
  { name: 'ragAmberBehindPoints' },
  { name: 'staleAfterDays' },
  { name: 'reminderDaysBefore' },
];

function PlanRulesForm({ plan }: { plan: PlanRulesForm_PlanFragment }) {
  const [updatePlan, { loading }] = useMutation(UpdatePlanRulesMutation);
  const planHref = `/plans/${plan.slug}`;
  const { register, errors, submission } = useFormPage<Values, Output>({
    resolver: zodResolver(planRulesSchema),
    defaultValues: {
      ragRedLateDays: String(plan.ragRedLateDays),
      ragAmberBehindPoints: String(plan.ragAmberBehindPoints),
      staleAfterDays: String(plan.staleAfterDays),
      reminderDaysBefore: String(plan.reminderDaysBefore),
    },
    fields: FIELDS,
    save: async (values) => {
      await updatePlan({ variables: { input: { id: plan.id, ...values } } });
      const state: PlanSavedState = { saved: 'planUpdated' };
      return { to: planHref, state };
    },
  });
  const field = fieldProps(register, errors);
  const number = { inputMode: 'numeric' as const, widthClass: 'govuk-input--width-3', spellCheck: false };

  return (
    <FormPage
      submission={submission}
      title={`RAG rule and reminders: ${plan.title}`}
      backLink={{ to: planHref, text: `Back to ${plan.title}` }}
      caption={plan.title}
      heading="RAG rule and reminders"
      submitText="Save rule"
      saving={loading}
    >
      <p className="govuk-body">
        The tracker suggests a RAG status for each action. Partners who choose a different one must say why.
      </p>
      <TextInput
        label="Days late for red"
        hint="Suggest red when a milestone is more than this many days late, or the action is past its due date. From 0 to 365."
        suffix="days"
        {...number}
        {...field.input('ragRedLateDays')}
      />
      <TextInput
        label="Points behind for amber"
        hint="Suggest amber when progress is more than this many percentage points behind the share of time elapsed, or a milestone is late. From 0 to 100."
        suffix="points"
        {...number}
        {...field.input('ragAmberBehindPoints')}
      />
      <TextInput
        label="Days until an action is stale"
        hint="Flag an open action with no update for this long. From 7 to 730."
        suffix="days"
        {...number}
        {...field.input('staleAfterDays')}
      />
      <TextInput
        label="Days before the deadline to remind partners"
        hint="Partners are emailed this many days before the end of each quarter, and again if they miss it. From 0 to 60."
        suffix="days"
        {...number}
        {...field.input('reminderDaysBefore')}
      />
    </FormPage>
  );
}

function PlanRulesLoader() {
  const { slug = '' } = useParams();
  const result = useQuery(PlanRulesFormQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  return (
    <QueryResult result={result}>
      {(data) => <PlanRulesForm plan={getFragmentData(PlanRulesForm_plan, data.plan)} />}
    </QueryResult>
  );
}

export function PlanRulesPage() {
  return (
    <RequireSignIn adminTask="change a plan’s RAG rule">
      <PlanRulesLoader />
    </RequireSignIn>
  );
}
