import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  auditFiltersFromSearchParams,
  auditFiltersToSearchParams,
  type AuditFilterValues,
} from '@/features/audit/utils/filters';

/** The audit trail's filters kept in the URL, so a search can be bookmarked and shared. */
export function useAuditFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  const values = useMemo(() => auditFiltersFromSearchParams(new URLSearchParams(key)), [key]);

  const apply = (next: AuditFilterValues) => setSearchParams(auditFiltersToSearchParams(next));
  const hrefForPage = (page: number) => {
    const qs = auditFiltersToSearchParams({ ...values, page }).toString();
    return qs ? `/audit?${qs}` : '/audit';
  };
  return { values, key, apply, hrefForPage };
}
