import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Table } from '@/components/Table';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { versionActionCells } from '@/features/amendments/components/VersionActionCells';
import { PlanVersionQuery } from '@/features/amendments/graphql/PlanVersion.query';
import { versionLabel } from '@/features/amendments/utils/labels';
import { formatDateTime } from '@/utils/dates';

function Version() {
  const { slug = '', number = '' } = useParams();
  const result = useQuery(PlanVersionQuery, { variables: { slug, number: Number(number) || 0 } });
  return (
    <QueryResult result={result} what="version">
      {({ plan }) => {
        const v = plan.version;
        const crumbs = (
          <Breadcrumbs
            items={[
              { text: 'Plans', to: '/' },
              { text: plan.title, to: `/plans/${plan.slug}` },
              { text: 'Amendments and versions', to: `/plans/${plan.slug}/amendments` },
            ]}
          />
        );
        if (!v) {
          return (
            <Page title="Version not found" beforeContent={crumbs}>
              <PageHeading>Version not found</PageHeading>
              <p className="govuk-body">The plan has {plan.versions.length} versions.</p>
            </Page>
          );
        }
        return (
          <Page title={`Version ${v.number}: ${plan.title}`} beforeContent={crumbs}>
            <PageHeading caption={plan.title}>Version {v.number}</PageHeading>
            <p className="govuk-body">
              {v.amendmentNumber === null ? (
                versionLabel(v)
              ) : (
                <Link className="govuk-link" to={`/plans/${plan.slug}/amendments/${v.amendmentNumber}`}>
                  {versionLabel(v)}
                </Link>
              )}
              . Frozen on {formatDateTime(v.takenAt)} by {v.takenByEmail}.
            </p>
            <Table
              caption={`The plan’s actions in version ${v.number}`}
              columns={[
                { header: 'Ref' },
                { header: 'Action' },
                { header: 'Lead partner' },
                { header: 'Start' },
                { header: 'Due' },
                { header: 'Weight', numeric: true },
                { header: 'Milestones' },
              ]}
              rows={v.actions.map((a, i) => ({ key: String(i), cells: versionActionCells(a) }))}
            />
          </Page>
        );
      }}
    </QueryResult>
  );
}

export function VersionPage() {
  return (
    <RequireSignIn>
      <Version />
    </RequireSignIn>
  );
}
