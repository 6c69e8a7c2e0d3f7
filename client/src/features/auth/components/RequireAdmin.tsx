import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/Page';
import { NoPermission } from '@/components/QueryError';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';

/**
 * A page only the Commissioner's team may use. The public is sent to sign in; other users are
 * told who can do it. `children` mounts only for admins, so its queries run only for them.
 */
export function RequireAdmin({ task, children }: { task: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const { me, loading } = useMe();

  if (loading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (me.role !== 'ADMIN') return <NoPermission>Only the Commissioner’s team can {task}.</NoPermission>;
  return <>{children}</>;
}
