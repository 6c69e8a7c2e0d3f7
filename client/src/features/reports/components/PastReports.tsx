import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { FORMAT_LABELS, fileSize } from '@/features/reports/utils/reportForm';
import type { PastReports_RunFragment as PastReportsRun } from '@/__generated__/graphql';
import { formatDateTime } from '@/utils/dates';

export const PastReports_run = graphql(`
  fragment PastReports_run on ReportRun {
    id
    title
    draft
    cycleId
    status
    requestedByName
    createdAt
    files {
      id
      format
      fileName
      sizeBytes
      downloadUrl
    }
  }
`);

export const STATUS_WORDS: Record<string, string> = {
  QUEUED: 'Waiting',
  RUNNING: 'Being made',
  DONE: 'Ready',
  FAILED: 'Failed',
};

/** A ready report's files, each a download link naming the report for screen readers. */
export function ReportFiles({ run }: { run: Pick<PastReportsRun, 'title' | 'files'> }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {run.files.map((f) => (
        <li key={f.id}>
          <a className="govuk-link" href={f.downloadUrl} download={f.fileName}>
            {FORMAT_LABELS[f.format]}
            <span className="govuk-visually-hidden"> of {run.title}</span> ({fileSize(f.sizeBytes)})
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Every report made of the plan, newest first, with links to download each format again. */
export function PastReports(props: { runs: FragmentType<typeof PastReports_run>[] }) {
  const runs = props.runs.map((r) => getFragmentData(PastReports_run, r));
  if (runs.length === 0) return <p className="govuk-body">No reports have been made of this plan yet.</p>;
  return (
    <Table
      caption="Reports made, newest first"
      captionClassName="govuk-visually-hidden"
      columns={[
        { header: 'Report' },
        { header: 'Source' },
        { header: 'Made by' },
        { header: 'Made on' },
        { header: 'Files' },
      ]}
      rows={runs.map((run) => ({
        key: run.id,
        cells: [
          run.title,
          run.draft ? <Tag colour="grey">Draft: live data</Tag> : <Tag colour="green">Closed review</Tag>,
          run.requestedByName,
          formatDateTime(run.createdAt),
          run.status === 'DONE' ? (
            <ReportFiles run={run} />
          ) : (
            <Tag colour={run.status === 'FAILED' ? 'red' : 'blue'}>{STATUS_WORDS[run.status]}</Tag>
          ),
        ],
      }))}
    />
  );
}
