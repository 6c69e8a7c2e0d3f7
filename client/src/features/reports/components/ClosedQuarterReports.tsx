import { useMutation } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '@/__generated__';
import { Button } from '@/components/Button';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { PastReports_run, ReportFiles, STATUS_WORDS } from '@/features/reports/components/PastReports';
import { GenerateReportMutation } from '@/features/reports/graphql/GenerateReport.mutation';

interface Props {
  planId: string;
  /** The plan's closed reviews, newest first. */
  closed: { id: string; quarter: string }[];
  runs: FragmentType<typeof PastReports_run>[];
  /** Whether the viewer may ask for a closed quarter's report (the Commissioner's team, the Panel). */
  canAsk: boolean;
  onStarted: (id: string) => void;
}

/**
 * The report of every closed quarter: its files when it has been made, or a button to get it.
 * Asking again, or while it is being made, gets the same report (the API makes each once).
 */
export function ClosedQuarterReports({ planId, closed, runs: refs, canAsk, onStarted }: Props) {
  const [generate, { loading }] = useMutation(GenerateReportMutation);
  const runs = refs.map((r) => getFragmentData(PastReports_run, r));
  if (closed.length === 0) return <p className="govuk-body">No quarter has been closed yet.</p>;
  return (
    <Table
      caption="Reports of closed quarters, newest first"
      captionClassName="govuk-visually-hidden"
      columns={[{ header: 'Quarter' }, { header: 'Report' }]}
      rows={closed.map((cycle) => {
        // Runs are newest first: the latest ready one, or the one being made.
        const ready = runs.find((r) => r.cycleId === cycle.id && r.status === 'DONE');
        const making = runs.find(
          (r) => r.cycleId === cycle.id && (r.status === 'QUEUED' || r.status === 'RUNNING'),
        );
        return {
          key: cycle.id,
          cells: [
            cycle.quarter,
            ready ? (
              <ReportFiles run={ready} />
            ) : making ? (
              <Tag colour="blue">{STATUS_WORDS[making.status]}</Tag>
            ) : canAsk ? (
              <Button
                type="button"
                variant="secondary"
                disabled={loading}
                className="govuk-!-margin-bottom-0"
                onClick={async () => {
                  const result = await generate({ variables: { input: { planId, cycleId: cycle.id } } });
                  onStarted(result.data!.generateReport.id);
                }}
              >
                Get the report<span className="govuk-visually-hidden"> of {cycle.quarter}</span>
              </Button>
            ) : (
              'Not made yet'
            ),
          ],
        };
      })}
    />
  );
}
