import { useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type ActionFilterValues,
} from '@/features/actions/utils/filters';

/** The actions filter kept in the URL, so a filtered list can be bookmarked and shared. */
export function useActionFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const key = searchParams.toString();
  const values = useMemo(() => filtersFromSearchParams(new URLSearchParams(key)), [key]);

  const apply = (next: ActionFilterValues) => setSearchParams(filtersToSearchParams(next));
  const hrefForPage = (page: number) => {
    const qs = filtersToSearchParams({ ...values, page }).toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };
  return { values, key, apply, hrefForPage };
}
