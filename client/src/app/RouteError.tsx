import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound, QueryError } from '@/components/QueryError';

/** What a route shows when rendering it throws. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <QueryError error={error} />;
}
