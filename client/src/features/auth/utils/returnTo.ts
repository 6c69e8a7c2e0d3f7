import type { Role } from '@/__generated__/graphql';

/** Where to go after signing in: a path on this site only, never another site. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

export const signInHref = (returnTo: string) => `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;

type PlanForLanding = { slug: string; status: string; snapshots: { quarter: string }[] };

/**
 * Where someone starts after signing in, when no page sent them to sign in: partners on the
 * actions they work on; the Panel on the dashboard of the plan it scrutinises (the active plan
 * with the latest closed quarter, whose report it reads there); the Commissioner's team, and the
 * Panel when no plan has a closed quarter yet, on the list of plans.
 */
export function landingPath(role: Role, plans: readonly PlanForLanding[] = []): string {
  if (role === 'PARTNER_LEAD' || role === 'PARTNER_EDITOR') return '/my-actions';
  if (role !== 'PANEL_VIEWER') return '/';
  const latest = (p: PlanForLanding) =>
    p.snapshots
      .map((s) => s.quarter)
      .sort()
      .at(-1) ?? '';
  const scrutinised = plans
    .filter((p) => p.status === 'ACTIVE' && p.snapshots.length > 0)
    .sort((a, b) => latest(b).localeCompare(latest(a)))[0];
  return scrutinised ? `/plans/${scrutinised.slug}` : '/';
}
