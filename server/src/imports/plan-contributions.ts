import {
  formatContributionRef,
  formatContributionRefs,
  isOwnPlanContribution,
  OWN_PLAN_MESSAGE,
  parseContributionRefs,
  type PriorityRef,
} from '@partnership-tracker/domain';

// The plan spreadsheet's "Contributes to" column: priorities of other plans that an action
// delivers, written `<plan slug> P<number>` and separated by semicolons (the domain library's
// notation, which open data uses too). Importing adds agreed links; it never removes one.

/** A priority an action may be linked to, as the import knows it. */
export interface ContributionTarget {
  id: string;
  planId: string;
  planSlug: string;
  number: number;
  /** The priority or its plan is archived. */
  archived: boolean;
}

/** A link an action has now (archived ones are left out when loading). */
export interface ExistingContribution {
  priorityId: string;
  status: 'PROPOSED' | 'AGREED' | 'DECLINED';
}

/** The cell's references, or why it cannot be read. */
export function readContributionsCell(value: string): { refs: PriorityRef[] } | { problem: string } {
  const { refs, problems } = parseContributionRefs(value);
  return problems.length ? { problem: problems.join('. ') } : { refs };
}

const keyOf = (slug: string, number: number) => `${slug} P${number}`;

/**
 * Checks a row's references against the plans, and works out the links to add: a priority the
 * action does not contribute to yet, or only by a proposal or a declined one (the file is the
 * Commissioner's team's word, so it agrees them). Problems are messages for the row's cell.
 */
export function decideContributions(
  refs: readonly PriorityRef[],
  planId: string,
  targets: readonly ContributionTarget[],
  existing: readonly ExistingContribution[],
): { problems: string[]; toAdd: ContributionTarget[]; before: string | null; after: string | null } {
  const byKey = new Map(targets.map((t) => [keyOf(t.planSlug, t.number), t]));
  const problems: string[] = [];
  const toAdd: ContributionTarget[] = [];
  const agreed = new Set(existing.filter((e) => e.status === 'AGREED').map((e) => e.priorityId));
  for (const ref of refs) {
    const target = byKey.get(keyOf(ref.planSlug, ref.number));
    const name = formatContributionRef(ref);
    if (!target) problems.push(`${name} is not a priority of any plan. Check the plan’s slug and the number`);
    else if (isOwnPlanContribution(planId, target.planId)) problems.push(`${name}: ${OWN_PLAN_MESSAGE}`);
    else if (target.archived) problems.push(`${name} is archived. Choose a live priority`);
    else if (!agreed.has(target.id)) toAdd.push(target);
  }
  const label = (ids: Iterable<string>) => {
    const byId = new Map(targets.map((t) => [t.id, t]));
    const list = [...ids]
      .map((id) => byId.get(id))
      .filter((t): t is ContributionTarget => !!t)
      .map((t) => ({ planSlug: t.planSlug, number: t.number }))
      .sort((a, b) => a.planSlug.localeCompare(b.planSlug) || a.number - b.number);
    return list.length ? formatContributionRefs(list) : null;
  };
  return {
    problems,
    toAdd,
    before: label(agreed),
    after: label(new Set([...agreed, ...toAdd.map((t) => t.id)])),
  };
}
