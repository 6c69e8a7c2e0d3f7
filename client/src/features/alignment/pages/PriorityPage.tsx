import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Loading, Page, PageHeading } from '@/components/Page';
import { ProgressBar } from '@/components/ProgressBar';
import { QueryError } from '@/components/QueryError';
import { Table } from '@/components/Table';
import { ActionStatusTag } from '@/features/actions/components/ActionStatusTag';
import { RagTag } from '@/features/actions/components/RagTag';
import { ContributingActionsTable } from '@/features/alignment/components/ContributingActionsTable';
import { ContributionRollupSummary } from '@/features/alignment/components/ContributionRollupSummary';
import { PriorityPageQuery } from '@/features/alignment/graphql/PriorityPage.query';

/** A plan's priority: its own actions, and every action of another plan that contributes to it. */
export function PriorityPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(PriorityPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const priority = data?.priority;
  if (error && !priority) return <QueryError error={error} />;
  if (!priority) return loading ? <Loading what="priority" /> : <QueryError error={error} />;
  const { plan } = priority;

  return (
    <Page
      title={`Priority ${priority.number}: ${priority.title}`}
      beforeContent={
        <Breadcrumbs
          items={[
            { text: 'Plans', to: '/' },
            { text: plan.title, to: `/plans/${plan.slug}` },
          ]}
        />
      }
    >
      <PageHeading caption={`${plan.title}, priority ${priority.number}`}>{priority.title}</PageHeading>
      {priority.description && <p className="govuk-body">{priority.description}</p>}

      <h2 className="govuk-heading-l">Actions of other plans that deliver it</h2>
      {priority.contributions.length === 0 ? (
        <p className="govuk-body">No action of another plan is agreed to contribute to this priority yet.</p>
      ) : (
        <>
          <ContributionRollupSummary rollup={priority.contributionRollup} headingLevel={3} />
          <ContributingActionsTable
            caption="Contributing actions"
            contributions={priority.contributions}
            show="plan"
          />
        </>
      )}

      <h2 className="govuk-heading-l">This plan’s own actions</h2>
      <p className="govuk-body">
        <ProgressBar value={priority.progress} /> (weighted)
      </p>
      {priority.actions.length === 0 ? (
        <p className="govuk-body">This priority has no actions of its own yet.</p>
      ) : (
        <Table
          caption={`Actions of priority ${priority.number}`}
          captionClassName="govuk-visually-hidden"
          columns={[
            { header: 'Action' },
            { header: 'Status' },
            { header: 'RAG status' },
            { header: 'Progress' },
          ]}
          rows={priority.actions.map((a) => ({
            key: a.id,
            cells: [
              <Link className="govuk-link" to={`/actions/${a.id}`}>
                {a.ref} {a.title}
              </Link>,
              <ActionStatusTag status={a.status} />,
              <RagTag rag={a.rag} />,
              <ProgressBar value={a.progress} />,
            ],
          }))}
        />
      )}
    </Page>
  );
}
