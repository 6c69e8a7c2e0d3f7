import '@/features/imports/imports.css';
import type { ImportRunData } from '@/features/imports/utils/importFile';

/**
 * How far the check or the import has gone: a labelled progress bar, and the stage in words in a
 * polite live region, so screen reader users hear it move on without losing their place.
 */
export function ImportProgress({
  run,
}: {
  run: Pick<ImportRunData, 'status' | 'progress' | 'stage' | 'fileName'>;
}) {
  const what = run.status === 'IMPORTING' ? 'Importing' : 'Checking';
  return (
    <div className="govuk-form-group app-import-progress">
      <h2 className="govuk-heading-m">
        {what} {run.fileName}
      </h2>
      <label className="govuk-label" htmlFor="import-progress">
        {what === 'Importing' ? 'Import progress' : 'Check progress'}
      </label>
      <progress id="import-progress" max={100} value={run.progress} className="app-import-progress__bar">
        {run.progress}%
      </progress>
      <p className="govuk-body" role="status" aria-live="polite">
        {run.progress}% done{run.stage ? `: ${run.stage}` : ''}
      </p>
    </div>
  );
}
