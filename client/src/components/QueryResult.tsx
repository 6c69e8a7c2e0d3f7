import type { ReactNode } from 'react';
import { Loading } from './Page';
import { QueryError } from './QueryError';

/**
 * Renders `children` with a page's query data once it is there. Until then the page says it is
 * loading; if the query fails, the whole page is the one for the error (see QueryError).
 */
export function QueryResult<TData>({
  result: { data, error, loading },
  what = 'form',
  children,
}: {
  result: { data?: TData; error?: unknown; loading: boolean };
  /** What is loading, for the 'Loading the …' message. */
  what?: string;
  children: (data: TData) => ReactNode;
}) {
  if (error) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what={what} /> : <QueryError error={error} />;
  return <>{children(data)}</>;
}
