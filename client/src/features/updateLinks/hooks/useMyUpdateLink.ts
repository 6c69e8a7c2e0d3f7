import { useQuery } from '@apollo/client/react';
import { MyUpdateLinkQuery } from '@/features/updateLinks/graphql/MyUpdateLink.query';

/**
 * The update link this browser holds, or null (undefined while loading). Its token is in an
 * httpOnly cookie: only the API can tell whether there is one.
 */
export function useMyUpdateLink({
  skip = false,
  cacheOnly = false,
}: { skip?: boolean; cacheOnly?: boolean } = {}) {
  const { data, loading } = useQuery(MyUpdateLinkQuery, {
    skip,
    fetchPolicy: cacheOnly ? 'cache-only' : 'cache-first',
  });
  return { link: data ? data.myUpdateLink : undefined, loading };
}
