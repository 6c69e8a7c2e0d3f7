import type { ComponentProps } from 'react';
import { ProgressBar } from '@/components/ProgressBar';
import { RagCountsList } from './RagCountsList';
import { StatusCountsList } from './StatusCountsList';

/**
 * A set of actions rolled up, in three columns: weighted progress with the counts that explain
 * it, the RAG ratings and the delivery statuses. A priority on the dashboard, a quarter's
 * snapshot and the actions of other plans that deliver a priority all show it so.
 */
export function RollupFigures({
  progress,
  counts,
  ragCounts,
  statusCounts,
  Heading,
}: {
  progress: number;
  /** Under the progress bar: "12 actions", "2 overdue actions" ... */
  counts: readonly string[];
  ragCounts: ComponentProps<typeof RagCountsList>['counts'];
  statusCounts: ComponentProps<typeof StatusCountsList>['counts'];
  /** One below the heading the figures sit under. */
  Heading: 'h3' | 'h4';
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Progress (weighted)</Heading>
        <p className="govuk-body">
          <ProgressBar value={progress} />
        </p>
        <ul className="govuk-list">
          {counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">RAG status</Heading>
        <RagCountsList counts={ragCounts} />
      </div>
      <div className="govuk-grid-column-one-third">
        <Heading className="govuk-heading-s">Delivery status</Heading>
        <StatusCountsList counts={statusCounts} />
      </div>
    </div>
  );
}
