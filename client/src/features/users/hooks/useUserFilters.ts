import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  userFiltersFromSearchParams,
  userFiltersToSearchParams,
  type UserFilterValues,
} from '@/features/users/utils/filters';

/** The users list's filters kept in the URL, so a filtered list can be bookmarked and shared. */
export function useUserFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const values = useMemo(() => userFiltersFromSearchParams(new URLSearchParams(key)), [key]);

  const apply = (next: UserFilterValues) => setSearchParams(userFiltersToSearchParams(next));
  const hrefForPage = (page: number) => {
    const qs = userFiltersToSearchParams({ ...values, page }).toString();
    return qs ? `/users?${qs}` : '/users';
  };
  return { values, key, apply, hrefForPage };
}
