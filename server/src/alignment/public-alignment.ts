import { formatContributionRef } from '@partnership-tracker/domain';
import type { PrismaClient } from '../generated/prisma/client.js';
import { ANONYMOUS } from '../common/auth/viewer.js';
import { compareRefs } from '../actions/action-ref.js';
import { contributionVisibility } from './contribution-visibility.js';

// Alignment in open data: agreed links whose both ends the public may read (published actions of
// active plans), so a published action never reveals an unpublished plan, or the reverse.

/** A priority of another plan that an action of this plan contributes to. */
export interface PublicContribution {
  /** `<plan slug> P<number>`, as the plan import and export write it. */
  reference: string;
  plan: string;
  planTitle: string;
  priority: number;
  priorityTitle: string;
  outcome: string | null;
  how: string | null;
}

/** An action of another plan that contributes to a priority of this plan. */
export interface PublicDelivery {
  plan: string;
  planTitle: string;
  ref: string;
  title: string;
  priority: number;
  priorityTitle: string;
  outcome: string | null;
  how: string | null;
}

export interface PublicAlignment {
  /** By the action's reference in this plan. */
  byRef: Map<string, PublicContribution[]>;
  deliveredThrough: PublicDelivery[];
}

export const NO_ALIGNMENT: PublicAlignment = { byRef: new Map(), deliveredThrough: [] };

export async function publicAlignment(prisma: PrismaClient, slug: string): Promise<PublicAlignment> {
  const links = await prisma.actionContribution.findMany({
    where: {
      AND: [
        contributionVisibility.agreedWhere(ANONYMOUS),
        { OR: [{ action: { priority: { plan: { slug } } } }, { priority: { plan: { slug } } }] },
      ],
    },
    include: {
      action: { include: { priority: { include: { plan: true } } } },
      priority: { include: { plan: true } },
    },
  });
  const byRef = new Map<string, PublicContribution[]>();
  const deliveredThrough: PublicDelivery[] = [];
  const ordered = links.sort(
    (a, b) =>
      a.priority.plan.slug.localeCompare(b.priority.plan.slug) ||
      a.priority.number - b.priority.number ||
      a.action.priority.plan.slug.localeCompare(b.action.priority.plan.slug) ||
      compareRefs(a.action.ref, b.action.ref),
  );
  for (const l of ordered) {
    const receiving = { plan: l.priority.plan.slug, planTitle: l.priority.plan.title };
    if (l.action.priority.plan.slug === slug) {
      const list = byRef.get(l.action.ref) ?? [];
      list.push({
        reference: formatContributionRef({ planSlug: receiving.plan, number: l.priority.number }),
        ...receiving,
        priority: l.priority.number,
        priorityTitle: l.priority.title,
        outcome: l.outcome,
        how: l.how,
      });
      byRef.set(l.action.ref, list);
    } else {
      deliveredThrough.push({
        plan: l.action.priority.plan.slug,
        planTitle: l.action.priority.plan.title,
        ref: l.action.ref,
        title: l.action.title,
        priority: l.priority.number,
        priorityTitle: l.priority.title,
        outcome: l.outcome,
        how: l.how,
      });
    }
  }
  return { byRef, deliveredThrough };
}
