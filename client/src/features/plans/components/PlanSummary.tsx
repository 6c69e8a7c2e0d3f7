import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ProgressBar } from '@/components/ProgressBar';
import { SummaryList } from '@/components/SummaryList';
import { formatDate } from '@/utils/dates';
import { PlanStatusTag } from './PlanStatusTag';

export const PlanSummary_plan = graphql(`
  fragment PlanSummary_plan on Plan {
    id
    slug
    title
    summary
    status
    startDate
    endDate
    progress
    actionCount
  }
`);

/** A plan in the plans list: its title as a link, status, dates and progress. */
export function PlanSummary({ plan }: { plan: FragmentType<typeof PlanSummary_plan> }) {
  const p = getFragmentData(PlanSummary_plan, plan);
  return (
    <section className="app-plan-summary" aria-labelledby={`plan-${p.id}`}>
      <h2 className="govuk-heading-m" id={`plan-${p.id}`}>
        <Link className="govuk-link" to={`/plans/${p.slug}`}>
          {p.title}
        </Link>
      </h2>
      {p.summary && <p className="govuk-body">{p.summary}</p>}
      <SummaryList
        rows={[
          { key: 'Status', value: <PlanStatusTag status={p.status} /> },
          { key: 'Runs', value: `${formatDate(p.startDate)} to ${formatDate(p.endDate)}` },
          { key: 'Actions', value: p.actionCount },
          { key: 'Overall progress', value: <ProgressBar value={p.progress} /> },
        ]}
      />
    </section>
  );
}
