import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/Page';
import { NoPermission } from '@/components/QueryError';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';
import { useMyUpdateLink } from '@/features/updateLinks/hooks/useMyUpdateLink';

export interface RequireSignInProps {
  /** Only the Commissioner's team may use the page: what it does, for the 'who can' message. */
  adminTask?: string;
  /** With `adminTask`: the leads of this partner may use the page too. */
  leadsOf?: string;
  /**
   * Someone holding an update link may use the page without signing in: the pages that change a
   * partner's actions and milestones. The API decides, action by action.
   */
  allowUpdateLink?: boolean;
  children: ReactNode;
}

/**
 * A page for signed-in users: the public is sent to sign in. With `adminTask`, only the
 * Commissioner's team may use it, and other users are told who can. `children` mounts only for
 * those allowed, so its queries run only for them.
 */
export function RequireSignIn({ adminTask, leadsOf, allowUpdateLink = false, children }: RequireSignInProps) {
  const { pathname } = useLocation();
  const { me, loading } = useMe();
  const { link, loading: linkLoading } = useMyUpdateLink({ skip: !allowUpdateLink || me !== null });

  if (loading && me === undefined) return <Loading what="form" />;
  if (!me) {
    if (allowUpdateLink) {
      if (linkLoading && link === undefined) return <Loading what="form" />;
      if (link) return <>{children}</>;
    }
    return <Navigate to={signInHref(pathname)} replace />;
  }
  if (adminTask && me.role !== 'ADMIN') {
    const isLead = leadsOf !== undefined && me.role === 'PARTNER_LEAD' && me.partner.id === leadsOf;
    if (!isLead) {
      return leadsOf === undefined ? (
        <NoPermission>Only the Commissioner’s team can {adminTask}.</NoPermission>
      ) : (
        <NoPermission>Only the Commissioner’s team, or a lead of the partner, can {adminTask}.</NoPermission>
      );
    }
  }
  return <>{children}</>;
}
