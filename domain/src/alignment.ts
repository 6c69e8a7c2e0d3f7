/**
 * Alignment between plans: an action of one plan contributes to a priority (optionally a named
 * outcome of it) of another plan. The rules the API, the plan import and the client's form share.
 */
import type { TextLimit } from './limits.js';

export const CONTRIBUTION_LIMITS = {
  /** A named outcome of the receiving priority, when the action serves one outcome of it. */
  outcome: { label: 'Outcome', max: 200, lines: 'one' },
  /** One sentence on how the action contributes. */
  how: { label: 'How it contributes', max: 300, lines: 'one' },
} as const satisfies Record<string, TextLimit>;

export const OWN_PLAN_MESSAGE =
  'An action cannot contribute to a priority of its own plan: choose a priority of another plan';

/**
 * An action contributes to other plans only: within its own plan it already counts towards its
 * own priority, and a link there would count it twice.
 */
export function isOwnPlanContribution(actionPlanId: string, priorityPlanId: string): boolean {
  return actionPlanId === priorityPlanId;
}

export type ContributionStatusName = 'PROPOSED' | 'AGREED' | 'DECLINED';

/** Status in words, wherever a contribution is shown. */
export const CONTRIBUTION_STATUS_LABELS: Record<ContributionStatusName, string> = {
  PROPOSED: 'Proposed',
  AGREED: 'Agreed',
  DECLINED: 'Declined',
};

/** A reference to a priority of a plan, as the plan import and export write it: `<slug> P<number>`. */
export interface PriorityRef {
  planSlug: string;
  number: number;
}

const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\s+P(\d{1,4})$/i;

export const CONTRIBUTION_REF_MESSAGE =
  'Write each priority as the plan’s slug then P and the priority number, like police-and-crime-plan-2025 P3, separated by semicolons';

/** A spreadsheet cell of contributions, like `pcp-2025 P3; pcp-2025 P1`: its references, or problems. */
export function parseContributionRefs(cell: string): { refs: PriorityRef[]; problems: string[] } {
  const refs: PriorityRef[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const raw of cell.split(/[;\n]/)) {
    const item = raw.trim().replace(/\s+/g, ' ');
    if (!item) continue;
    const match = REF.exec(item);
    if (!match) {
      problems.push(`‘${item}’ is not a priority reference. ${CONTRIBUTION_REF_MESSAGE}`);
      continue;
    }
    const ref = { planSlug: match[1]!.toLowerCase(), number: Number(match[2]) };
    const key = formatContributionRef(ref);
    if (seen.has(key)) {
      problems.push(`${key} is listed twice`);
      continue;
    }
    seen.add(key);
    refs.push(ref);
  }
  return { refs, problems };
}

export const formatContributionRef = (ref: PriorityRef) => `${ref.planSlug} P${ref.number}`;

/** The cell the plan export writes, which the import reads back as the same references. */
export const formatContributionRefs = (refs: readonly PriorityRef[]) =>
  refs.map(formatContributionRef).join('; ');
