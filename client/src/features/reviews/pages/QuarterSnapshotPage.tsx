import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '@/__generated__';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Page, PageHeading } from '@/components/Page';
import { NotFound } from '@/components/QueryError';
import { QueryResult } from '@/components/QueryResult';
import { InsetText } from '@/components/WarningText';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { SnapshotView, SnapshotView_snapshot } from '@/features/reviews/components/SnapshotView';
import { QuarterSnapshotQuery } from '@/features/reviews/graphql/QuarterSnapshot.query';
import { quarterFromPath } from '@/features/reviews/utils/quarters';
import { formatDateTime } from '@/utils/dates';
import '@/features/reviews/reviews.css';

function QuarterSnapshot({ slug, quarter }: { slug: string; quarter: string }) {
  // A frozen quarter's actions share their ids with the live ones: keep them out of the shared cache.
  const result = useQuery(QuarterSnapshotQuery, { variables: { slug, quarter }, fetchPolicy: 'no-cache' });
  return (
    <QueryResult result={result} what="snapshot">
      {({ plan }) => {
        if (!plan.snapshot) return <NotFound />;
        const s = getFragmentData(SnapshotView_snapshot, plan.snapshot);
        const cycleId = plan.snapshots.find((x) => x.quarter === quarter)?.cycleId;
        return (
          <Page
            title={`${quarter} snapshot: ${plan.title}`}
            beforeContent={
              <Breadcrumbs
                items={[
                  { text: 'Plans', to: '/' },
                  { text: plan.title, to: `/plans/${plan.slug}` },
                  { text: 'Quarterly reviews', to: `/plans/${plan.slug}/reviews` },
                ]}
              />
            }
          >
            <PageHeading caption={plan.title}>{quarter} snapshot</PageHeading>
            <InsetText>
              <p className="govuk-body">
                Frozen on {formatDateTime(s.takenAt)}
                {s.takenByEmail && ` by ${s.takenByEmail}`}; later changes do not alter it.
              </p>
            </InsetText>
            <ul className="govuk-list">
              {cycleId && (
                <li>
                  <Link className="govuk-link" to={`/reviews/${cycleId}`}>
                    The {quarter} review, with its residents’ questions
                  </Link>
                </li>
              )}
              <li>
                <Link
                  className="govuk-link"
                  to={`/plans/${plan.slug}/compare?${new URLSearchParams({ from: quarter, to: '' })}`}
                >
                  Compare {quarter} with now
                </Link>
              </li>
            </ul>
            <SnapshotView
              snapshot={plan.snapshot}
              reviewHref={cycleId ? (actionId) => `/reviews/${cycleId}/actions/${actionId}` : undefined}
            />
          </Page>
        );
      }}
    </QueryResult>
  );
}

function QuarterSnapshotLoader() {
  const { slug = '', year = '', q = '' } = useParams();
  const quarter = quarterFromPath(year, q);
  if (!quarter) return <NotFound />;
  return <QuarterSnapshot slug={slug} quarter={quarter} />;
}

export function QuarterSnapshotPage() {
  return (
    <RequireSignIn>
      <QuarterSnapshotLoader />
    </RequireSignIn>
  );
}
