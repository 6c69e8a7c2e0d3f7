import { useLocation } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@/components/Button';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Loading, Page, PageHeading } from '@/components/Page';
import { QueryError } from '@/components/QueryError';
import { useMe } from '@/features/auth/hooks/useMe';
import { IndicatorsTable } from '@/features/indicators/components/IndicatorsTable';
import { IndicatorsListQuery } from '@/features/indicators/graphql/IndicatorsList.query';
import { readIndicatorsSavedState } from '@/features/indicators/utils/savedState';

export function IndicatorsListPage() {
  const { state } = useLocation();
  const saved = readIndicatorsSavedState(state);
  const { me } = useMe();
  const { data, error, loading } = useQuery(IndicatorsListQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} />;
  if (!data) return loading ? <Loading what="indicators" /> : <QueryError error={error} />;

  const count = data.indicators.length;
  return (
    <Page title="Indicators">
      {saved && (
        <NotificationBanner type="success" heading={`${saved.name} archived`}>
          <p className="govuk-body">It no longer shows in the lists. Its values are kept.</p>
        </NotificationBanner>
      )}
      <PageHeading>Indicators</PageHeading>
      <p className="govuk-body-l">
        The measures the plans are judged by: each one’s latest value against its baseline and target.
      </p>
      {me?.role === 'ADMIN' && <ButtonLink to="/indicators/new">Add an indicator</ButtonLink>}
      {count === 0 ? (
        <p className="govuk-body">There are no indicators yet.</p>
      ) : (
        <IndicatorsTable
          indicators={data.indicators}
          caption={`${count} ${count === 1 ? 'indicator' : 'indicators'}`}
        />
      )}
    </Page>
  );
}
