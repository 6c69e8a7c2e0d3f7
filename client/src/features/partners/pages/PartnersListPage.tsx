import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@/components/Button';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { Table } from '@/components/Table';
import { useMe } from '@/features/auth/hooks/useMe';
import { PartnersListQuery } from '@/features/partners/graphql/PartnersList.query';
import { displayUrl, PARTNER_KIND_LABELS } from '@/features/partners/utils/labels';

export function PartnersListPage() {
  const { me } = useMe();
  const { data, error, loading } = useQuery(PartnersListQuery);
  if (error && !data) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="partners" /> : <QueryError error={error} />;

  return (
    <Page title="Partners">
      <PageHeading>Partners</PageHeading>
      <p className="govuk-body-l">The organisations that lead and support actions in the plans.</p>
      {me?.role === 'ADMIN' && <ButtonLink to="/partners/new">Add a partner</ButtonLink>}
      <Table
        caption={`${data.partners.length} partner organisations`}
        columns={[{ header: 'Partner' }, { header: 'Kind of organisation' }, { header: 'Website' }]}
        rows={data.partners.map((p) => ({
          key: p.id,
          cells: [
            <Link className="govuk-link" to={`/partners/${p.id}`}>
              {p.name}
            </Link>,
            PARTNER_KIND_LABELS[p.kind],
            p.website ? (
              <a className="govuk-link" href={p.website} rel="noreferrer">
                {displayUrl(p.website)}
              </a>
            ) : (
              'None listed'
            ),
          ],
        }))}
      />
    </Page>
  );
}
