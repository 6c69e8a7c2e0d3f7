import { graphql, getFragmentData, type FragmentType } from '@/__generated__';
import { Tag } from '@/components/Tag';
import { FORMAT_LABELS, fileSize } from '@/features/reports/utils/reportForm';

export const ReportProgress_run = graphql(`
  fragment ReportProgress_run on ReportRun {
    id
    title
    status
    progress
    stage
    error
    files {
      id
      format
      fileName
      sizeBytes
      downloadUrl
    }
  }
`);

/** What the status line says: read out by screen readers as it changes. */
export function progressWords(run: {
  status: string;
  progress: number;
  stage?: string | null;
  error?: string | null;
}) {
  switch (run.status) {
    case 'QUEUED':
      return 'Waiting to start';
    case 'RUNNING':
      return `${run.stage ?? 'Making the report'}: ${run.progress}% done`;
    case 'DONE':
      return 'The report is ready to download';
    default:
      return run.error ?? 'The report could not be made';
  }
}

/** A report being made: a labelled progress bar, the stage in words, then its files. */
export function ReportProgress(props: { run: FragmentType<typeof ReportProgress_run> }) {
  const run = getFragmentData(ReportProgress_run, props.run);
  const finished = run.status === 'DONE' || run.status === 'FAILED';
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby="progress-heading">
      <h2 className="govuk-heading-m" id="progress-heading">
        {run.title}
      </h2>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="report-progress">
          Progress of the report
        </label>
        <progress id="report-progress" className="report-progress" max={100} value={run.progress}>
          {run.progress}%
        </progress>
      </div>
      <p className="govuk-body" role="status" aria-live="polite" aria-atomic="true">
        {run.status === 'FAILED' && <Tag colour="red">Failed</Tag>} {progressWords(run)}
      </p>
      {finished && run.files.length > 0 && (
        <ul className="govuk-list">
          {run.files.map((f) => (
            <li key={f.id}>
              <a className="govuk-link" href={f.downloadUrl} download={f.fileName}>
                Download the {FORMAT_LABELS[f.format]} ({fileSize(f.sizeBytes)})
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
