import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import type { UserDetailQuery as UserDetailData } from '@/__generated__/graphql';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { UserDetailQuery } from '@/features/users/graphql/UserDetail.query';

const PAGE = 100;

type FoundUser = UserDetailData['users']['items'][number];

/**
 * Finds an account by id among the pages of users (the API has no user(id) query), then renders
 * `children` with it, or 'Page not found'.
 */
export function FindUser({
  id,
  offset = 0,
  children,
}: {
  id: string;
  offset?: number;
  children: (user: FoundUser) => ReactNode;
}) {
  const result = useQuery(UserDetailQuery, { variables: { offset }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryResult result={result} what="user">
      {(data) => {
        const user = data.users.items.find((u) => u.id === id);
        if (user) return children(user);
        if (data.users.hasNextPage) {
          return (
            <FindUser id={id} offset={offset + PAGE}>
              {children}
            </FindUser>
          );
        }
        return <NotFound />;
      }}
    </QueryResult>
  );
}
