import type { ComponentProps } from 'react';
import { Table } from '@/components/Table';
import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { RollupFigures } from '@/features/plans/components/RollupFigures';
import { plural } from '@/utils/plural';
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
  ragCounts: ComponentProps<typeof RollupFigures>['ragCounts'];
  statusCounts: ComponentProps<typeof RollupFigures>['statusCounts'];
};

/** A snapshot's rollup, of the whole plan or one priority. */
function SnapshotFigures({ rollup, Heading }: { rollup: Rollup; Heading: 'h3' | 'h4' }) {
  return (
    <RollupFigures
      progress={rollup.progress}
      counts={[
        plural(rollup.actionCount, 'action'),
        plural(rollup.overdueActionCount, 'overdue action'),
        plural(rollup.overdueMilestoneCount, 'overdue milestone'),
      ]}
      ragCounts={rollup.ragCounts}
      statusCounts={rollup.statusCounts}
      Heading={Heading}
    />
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
        <SnapshotFigures rollup={s.rollup} Heading={Sub} />
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
            <SnapshotFigures rollup={p} Heading={Sub} />
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
