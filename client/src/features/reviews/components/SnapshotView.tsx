import { Table } from '@/components/Table';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { ProgressBar } from '@/components/ProgressBar';
import { RagCountsList } from '@/features/plans/components/RagCountsList';
import { StatusCountsList } from '@/features/plans/components/StatusCountsList';
import { plural } from '@/features/reviews/utils/labels';
import { SnapshotActionsTable } from './SnapshotActionsTable';
import '@/features/reviews/reviews.css';

export const SnapshotView_snapshot = graphql(`
  fragment SnapshotView_snapshot on PlanSnapshot {
    quarter
    live
    asAt
    takenAt
    takenByEmail
    rollup {
      progress
      actionCount
      overdueActionCount
      overdueMilestoneCount
      ragCounts {
        ...RagCountsList_counts
      }
      statusCounts {
        ...StatusCountsList_counts
      }
    }
    priorities {
      number
      title
      progress
      actionCount
      overdueActionCount
      overdueMilestoneCount
      ragCounts {
        ...RagCountsList_counts
      }
      statusCounts {
        ...StatusCountsList_counts
      }
    }
    actions {
      priorityNumber
      ...SnapshotActionsTable_action
    }
    indicators {
      id
      name
      latestPeriod
      latestText
      baselineLabel
      changeText
      changePercentText
      targetText
      status
      trend
      exampleData
    }
  }
`);

const STATUS_WORDS = {
  ON_TARGET: 'On target',
  NEAR_TARGET: 'Near target',
  OFF_TARGET: 'Off target',
} as const;
const TREND_WORDS = { IMPROVING: 'Improving', STABLE: 'Stable', WORSENING: 'Worsening' } as const;

type Rollup = {
  progress: number;
  actionCount: number;
  overdueActionCount: number;
  overdueMilestoneCount: number;
  ragCounts: Parameters<typeof RagCountsList>[0]['counts'];
  statusCounts: Parameters<typeof StatusCountsList>[0]['counts'];
};

function RollupFigures({ rollup, Heading }: { rollup: Rollup; Heading: 'h3' | 'h4' }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Progress (weighted)</Heading>
        <p className="govuk-body">
          <ProgressBar value={rollup.progress} />
        </p>
        <ul className="govuk-list">
          <li>{plural(rollup.actionCount, 'action')}</li>
          <li>{plural(rollup.overdueActionCount, 'overdue action')}</li>
          <li>{plural(rollup.overdueMilestoneCount, 'overdue milestone')}</li>
        </ul>
      </div>
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">RAG status</Heading>
        <RagCountsList counts={rollup.ragCounts} />
      </div>
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Delivery status</Heading>
        <StatusCountsList counts={rollup.statusCounts} />
      </div>
    </div>
  );
}

/**
 * A plan's picture in a quarter: the whole plan's figures, then each priority's figures and
 * actions. Section headings are h2 on a page of their own, or h3 inside a review's page.
 */
export function SnapshotView({
  snapshot,
  level = 2,
  reviewHref,
}: {
  snapshot: FragmentType<typeof SnapshotView_snapshot>;
  level?: 2 | 3;
  reviewHref?: (actionId: string) => string;
}) {
  const s = getFragmentData(SnapshotView_snapshot, snapshot);
  const Section = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <>
      <section aria-labelledby="snapshot-plan">
        <Section className={`govuk-heading-${level === 2 ? 'l' : 'm'}`} id="snapshot-plan">
          Whole plan
        </Section>
        <RollupFigures rollup={s.rollup} Heading={Sub} />
      </section>
      {s.priorities.map((p) => {
        const actions = s.actions.filter((a) => a.priorityNumber === p.number);
        const id = `snapshot-priority-${p.number}`;
        return (
          <section className="app-priority" aria-labelledby={id} key={p.number}>
            <Section className="govuk-heading-m" id={id}>
              <span className="govuk-caption-m">Priority {p.number}</span>
              {p.title}
            </Section>
            <RollupFigures rollup={p} Heading={Sub} />
            <SnapshotActionsTable
              actions={actions}
              caption={`Actions under priority ${p.number} in ${s.quarter}`}
              reviewHref={reviewHref}
            />
          </section>
        );
      })}
      {s.indicators.length > 0 && (
        <section aria-labelledby="snapshot-indicators">
          <Section className="govuk-heading-m" id="snapshot-indicators">
            Indicators
          </Section>
          {s.indicators.some((i) => i.exampleData) && (
            <p className="govuk-body">Marked “example data”: the series is invented for the demonstration.</p>
          )}
          <Table
            caption={`Indicators ${s.live ? 'now' : `as reported in ${s.quarter}`}, against their baseline and target`}
            captionClassName="govuk-table__caption--s"
            columns={[
              { header: 'Indicator' },
              { header: 'Latest value' },
              { header: 'Change from baseline' },
              { header: 'Target' },
              { header: 'Status' },
              { header: 'Trend' },
            ]}
            rows={s.indicators.map((i) => ({
              key: i.id,
              cells: [
                <>
                  {i.name}
                  {i.exampleData && <span className="govuk-body-s govuk-!-display-block">Example data</span>}
                </>,
                i.latestText ? `${i.latestText} (${i.latestPeriod})` : 'No value yet',
                i.changeText ? `${i.changeText} (${i.changePercentText}) since ${i.baselineLabel}` : '—',
                i.targetText ?? 'None set',
                i.status ? STATUS_WORDS[i.status] : 'Not set',
                i.trend ? TREND_WORDS[i.trend] : 'Too few values',
              ],
            }))}
          />
        </section>
      )}
    </>
  );
}
