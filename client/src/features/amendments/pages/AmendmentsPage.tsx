import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button, ButtonLink } from '@/components/Button';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Select } from '@/components/Select';
import { Table } from '@/components/Table';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { AmendmentStatusTag } from '@/features/amendments/components/AmendmentStatusTag';
import { PlanAmendmentsQuery } from '@/features/amendments/graphql/PlanAmendments.query';
import { versionLabel } from '@/features/amendments/utils/labels';
import { formatMomentDate } from '@/utils/dates';

function PlanAmendments() {
  const { slug = '' } = useParams();
  const { me } = useMe();
  const navigate = useNavigate();
  const result = useQuery(PlanAmendmentsQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  return (
    <QueryResult result={result} what="amendments">
      {({ plan }) => {
        const versions = plan.versions;
        const compare = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          navigate(`/plans/${plan.slug}/versions/compare?from=${form.get('from')}&to=${form.get('to')}`);
        };
        return (
          <Page
            title={`Amendments: ${plan.title}`}
            beforeContent={
              <Breadcrumbs
                items={[
                  { text: 'Plans', to: '/' },
                  { text: plan.title, to: `/plans/${plan.slug}` },
                ]}
              />
            }
          >
            <PageHeading caption={plan.title}>Amendments and plan versions</PageHeading>
            <p className="govuk-body">
              When the plan became active its baseline was agreed: its actions, their scope, due dates,
              weights and milestones. Since then it changes only by amendment, each with its reason, agreed by
              the Commissioner’s team. Applying an amendment makes a new version of the plan.
            </p>
            {plan.baselineSlippage && <p className="govuk-body">{plan.baselineSlippage}.</p>}
            {me?.role === 'ADMIN' && plan.status === 'ACTIVE' && (
              <ButtonLink to={`/plans/${plan.slug}/amendments/new`}>Propose an amendment</ButtonLink>
            )}
            <h2 className="govuk-heading-l">Amendments</h2>
            {plan.amendments.length === 0 ? (
              <p className="govuk-body">No amendments have been proposed.</p>
            ) : (
              <Table
                caption="Amendments, newest first"
                captionClassName="govuk-visually-hidden"
                columns={[
                  { header: 'Amendment' },
                  { header: 'Title' },
                  { header: 'Status' },
                  { header: 'Proposed' },
                  { header: 'Applied' },
                ]}
                rows={plan.amendments.map((a) => ({
                  key: a.id,
                  cells: [
                    <Link className="govuk-link" to={`/plans/${plan.slug}/amendments/${a.number}`}>
                      A{a.number}
                    </Link>,
                    a.title,
                    <AmendmentStatusTag status={a.status} />,
                    formatMomentDate(a.proposedAt),
                    a.appliedAt
                      ? `${formatMomentDate(a.appliedAt)} (version ${a.planVersionNumber})`
                      : 'Not applied',
                  ],
                }))}
              />
            )}
            <h2 className="govuk-heading-l">Versions</h2>
            {versions.length === 0 ? (
              <p className="govuk-body">
                The plan has no versions yet: its baseline is frozen when it becomes active, or for a plan
                active before baselines were kept, with its first amendment.
              </p>
            ) : (
              <>
                <Table
                  caption="Versions of the plan, the baseline first"
                  captionClassName="govuk-visually-hidden"
                  columns={[{ header: 'Version' }, { header: 'Made by' }, { header: 'Date' }]}
                  rows={versions.map((v) => ({
                    key: v.id,
                    cells: [
                      <Link className="govuk-link" to={`/plans/${plan.slug}/versions/${v.number}`}>
                        Version {v.number}
                      </Link>,
                      versionLabel(v),
                      formatMomentDate(v.takenAt),
                    ],
                  }))}
                />
                {versions.length > 1 && (
                  <form onSubmit={compare} noValidate>
                    <h3 className="govuk-heading-m">Compare two versions</h3>
                    <div className="app-compare-form">
                      <Select
                        id="from"
                        name="from"
                        label="From"
                        defaultValue={String(versions[0]!.number)}
                        options={versions.map((v) => ({
                          value: String(v.number),
                          label: `Version ${v.number}`,
                        }))}
                      />
                      <Select
                        id="to"
                        name="to"
                        label="To"
                        defaultValue={String(versions[versions.length - 1]!.number)}
                        options={versions.map((v) => ({
                          value: String(v.number),
                          label: `Version ${v.number}`,
                        }))}
                      />
                    </div>
                    <Button type="submit" variant="secondary">
                      Compare versions
                    </Button>
                  </form>
                )}
              </>
            )}
          </Page>
        );
      }}
    </QueryResult>
  );
}

export function AmendmentsPage() {
  return (
    <RequireSignIn>
      <PlanAmendments />
    </RequireSignIn>
  );
}
