import { useQuery } from '@apollo/client/react';
import { DEFAULT_SERVICE_NAME } from '@partnership-tracker/domain';
import { SiteQuery } from '@/features/organisation/graphql/Site.query';

/** Who runs this installation, from its settings; the default name until the answer comes. */
export function useSite() {
  const { data } = useQuery(SiteQuery);
  return {
    serviceName: data?.site.serviceName ?? DEFAULT_SERVICE_NAME,
    organisationName: data?.site.organisationName ?? null,
    logoUrl: data?.site.logoUrl ?? null,
  };
}
