import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import { CurrentUser } from '@/features/auth/graphql/CurrentUser.fragment';
import { MeQuery } from '@/features/auth/graphql/Me.query';

/** The signed-in user, or null for the public (undefined while loading). */
export function useMe() {
  const { data, loading } = useQuery(MeQuery);
  return { me: data ? getFragmentData(CurrentUser, data.me) : undefined, loading };
}
