import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/Page';
import { NoPermission } from '@/components/QueryError';
import { useMe } from '@/features/auth/hooks/useMe';
import { signInHref } from '@/features/auth/utils/returnTo';

/**
 * A page for signed-in users: the public is sent to sign in. With `adminTask`, only the
 * Commissioner's team may use it, and other users are told who can. `children` mounts only for
 * those allowed, so its queries run only for them.
 */
export function RequireSignIn({ adminTask, children }: { adminTask?: string; children: ReactNode }) {
  const { pathname } = useLocation();
  const { me, loading } = useMe();

  if (loading && me === undefined) return <Loading what="form" />;
  if (!me) return <Navigate to={signInHref(pathname)} replace />;
  if (adminTask && me.role !== 'ADMIN') {
    return <NoPermission>Only the Commissioner’s team can {adminTask}.</NoPermission>;
  }
  return <>{children}</>;
}
