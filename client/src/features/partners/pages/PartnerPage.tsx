import { useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ButtonGroup, ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { SummaryList, type SummaryRow } from '@/components/SummaryList';
import { useMe } from '@/features/auth/hooks/useMe';
import { PartnerActionsTable } from '@/features/partners/components/PartnerActionsTable';
import { PartnerDetailQuery } from '@/features/partners/graphql/PartnerDetail.query';
import { displayUrl, PARTNER_KIND_LABELS } from '@/features/partners/utils/labels';
import { readPartnerSavedState, type PartnerSavedState } from '@/features/partners/utils/savedState';
import { UpdateLinksSection } from '@/features/updateLinks/components/UpdateLinksSection';
import { EmailDomainsSection } from '@/features/sso/components/EmailDomainsSection';

function SavedBanner({ saved }: { saved: PartnerSavedState }) {
  switch (saved.saved) {
    case 'partnerCreated':
      return <NotificationBanner type="success" heading="Partner added" />;
    case 'partnerUpdated':
      return <NotificationBanner type="success" heading="Partner updated" />;
    case 'linkWithdrawn':
      return (
        <NotificationBanner type="success" heading="Update link withdrawn">
          {saved.email && <p className="govuk-body">The link for {saved.email} no longer works.</p>}
        </NotificationBanner>
      );
  }
}

export function PartnerPage() {
  const { id = '' } = useParams();
  const { state } = useLocation();
  const saved = readPartnerSavedState(state);
  const { me } = useMe();
  const { data, error, loading } = useQuery(PartnerDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const partner = data?.partner;
  if (error && !partner) return <QueryError error={error} />;
  if (!partner) return loading ? <Loading what="partner" /> : <QueryError error={error} />;

  const rows: SummaryRow[] = [
    { key: 'Kind of organisation', value: PARTNER_KIND_LABELS[partner.kind] },
    {
      key: 'Website',
      value: partner.website ? (
        <a className="govuk-link" href={partner.website} rel="noreferrer">
          {displayUrl(partner.website)}
        </a>
      ) : (
        'None listed'
      ),
    },
  ];
  // Contact details come back only for signed-in users.
  if (partner.contactEmail) {
    rows.push({
      key: 'Contact email',
      value: (
        <a className="govuk-link" href={`mailto:${partner.contactEmail}`}>
          {partner.contactEmail}
        </a>
      ),
    });
  }
  // Admins, and leads of this partner (server: canManageUpdateLinks).
  const canManageLinks =
    me?.role === 'ADMIN' || (me?.role === 'PARTNER_LEAD' && me.partner.id === partner.id);
  if (partner.contactPhone) rows.push({ key: 'Contact telephone', value: partner.contactPhone });

  return (
    <Page
      title={partner.name}
      beforeContent={<Breadcrumbs items={[{ text: 'Partners', to: '/partners' }]} />}
    >
      {saved && <SavedBanner saved={saved} />}
      <PageHeading>{partner.name}</PageHeading>
      {partner.description && <p className="govuk-body-l">{partner.description}</p>}
      <SummaryList rows={rows} />
      {me?.role === 'ADMIN' && (
        <ButtonGroup>
          <ButtonLink to={`/partners/${partner.id}/edit`} variant="secondary">
            Change partner details
          </ButtonLink>
        </ButtonGroup>
      )}
      <PartnerActionsTable
        caption="Actions it leads"
        actions={partner.ledActions}
        emptyText={`${partner.name} does not lead any actions.`}
      />
      <PartnerActionsTable
        caption="Actions it supports"
        actions={partner.supportedActions}
        emptyText={`${partner.name} does not support any actions.`}
      />
      {canManageLinks && <UpdateLinksSection partner={partner} />}
      {me?.role === 'ADMIN' && <EmailDomainsSection partner={partner} />}
    </Page>
  );
}
