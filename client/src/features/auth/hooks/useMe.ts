import { useQuery } from '@apollo/client/react';
import { MeQuery } from '@/features/auth/graphql/Me.query';

/** The signed-in user, or null for the public (undefined while loading). */
export function useMe() {
  const { data, loading } = useQuery(MeQuery);
  return { me: data ? data.me : undefined, loading };
}
