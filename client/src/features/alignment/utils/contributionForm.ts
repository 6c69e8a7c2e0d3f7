import { z } from 'zod';
import { CONTRIBUTION_LIMITS, isOwnPlanContribution, OWN_PLAN_MESSAGE } from '@partnership-tracker/domain';
import type { SelectOption } from '@/components/Select';
import type { FormField } from '@/utils/formErrors';
import { optionalText } from '@/utils/validation';

/** What the contribution form's boxes hold, before validation. */
export interface ContributionFormValues {
  priorityId: string;
  outcome: string;
  how: string;
}

export const CHOOSE_PRIORITY = 'Choose a priority of another plan';

/** The form's rules: the API's text limits and its "not the action's own plan", from the domain library. */
export function contributionSchema(actionPlanId: string, planOfPriority: (id: string) => string | undefined) {
  return z.object({
    priorityId: z
      .string()
      .min(1, CHOOSE_PRIORITY)
      .refine((id) => {
        const planId = planOfPriority(id);
        return !planId || !isOwnPlanContribution(actionPlanId, planId);
      }, OWN_PLAN_MESSAGE),
    outcome: optionalText(CONTRIBUTION_LIMITS.outcome),
    how: optionalText(CONTRIBUTION_LIMITS.how),
  });
}

export type ContributionFormOutput = z.output<ReturnType<typeof contributionSchema>>;

export const CONTRIBUTION_FIELDS: FormField[] = [
  { name: 'priorityId' },
  { name: 'outcome' },
  { name: 'how' },
];

/** What the change form's boxes hold: the outcome and the sentence on how. */
export interface ContributionTextValues {
  outcome: string;
  how: string;
}

export const contributionTextSchema = () =>
  z.object({
    outcome: optionalText(CONTRIBUTION_LIMITS.outcome),
    how: optionalText(CONTRIBUTION_LIMITS.how),
  });

export type ContributionTextOutput = z.output<ReturnType<typeof contributionTextSchema>>;

export const CONTRIBUTION_TEXT_FIELDS: FormField[] = [{ name: 'outcome' }, { name: 'how' }];

/** The priorities an action may contribute to: every priority of every other plan, by plan. */
export function priorityOptions(
  actionPlanId: string,
  plans: { id: string; title: string; priorities: { id: string; number: number; title: string }[] }[],
): SelectOption[] {
  return [
    { value: '', label: 'Choose a priority' },
    ...plans
      .filter((plan) => plan.priorities.length && !isOwnPlanContribution(actionPlanId, plan.id))
      .flatMap((plan) =>
        plan.priorities.map((p) => ({
          value: p.id,
          label: `${plan.title}: priority ${p.number}, ${p.title}`,
        })),
      ),
  ];
}
