import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@apollo/client/react';
import { ImportIntoBaseline } from '@/features/amendments/components/ImportIntoBaseline';
import { BackLink } from '@/components/BackLink';
import { Button } from '@/components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ErrorSummary';
import { ErrorMessage } from '@/components/FormParts';
import { NotificationBanner } from '@/components/NotificationBanner';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { Table } from '@/components/Table';
import { Tag } from '@/components/Tag';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { ConfirmImportForm } from '@/features/imports/components/ConfirmImportForm';
import { ImportChangesList } from '@/features/imports/components/ImportChangesList';
import { ImportProgress } from '@/features/imports/components/ImportProgress';
import { ImportPlanQuery } from '@/features/imports/graphql/ImportPlan.query';
import { ImportRunQuery } from '@/features/imports/graphql/ImportRun.query';
import { PlanImportsQuery } from '@/features/imports/graphql/PlanImports.query';
import {
  isWorking,
  plural,
  problemText,
  STATUS_WORDS,
  TEMPLATE_CSV,
  TEMPLATE_XLSX,
  uploadPlanFile,
  UploadError,
  uploadSchema,
  type ImportRunData,
  type UploadFormValues,
} from '@/features/imports/utils/importFile';
import { formatDateTime } from '@/utils/dates';

const FILE_ID = 'file';

interface PlanRef {
  id: string;
  slug: string;
  title: string;
  status: string;
}

/** Choose the file. A file with problems is listed here too, ready for the corrected one. */
function UploadForm({
  plan,
  run,
  onUploaded,
}: {
  plan: PlanRef;
  run?: ImportRunData;
  onUploaded: (id: string) => void;
}) {
  const [uploadError, setUploadError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<UploadFormValues>({ resolver: zodResolver(uploadSchema), defaultValues: { file: undefined } });

  const onSubmit = async ({ file }: UploadFormValues) => {
    setUploadError(null);
    try {
      onUploaded(await uploadPlanFile(plan.id, file![0]!));
    } catch (error) {
      setUploadError(
        error instanceof UploadError ? error.message : 'The file could not be uploaded. Try again',
      );
    }
  };

  // A checked file with problems: every one in the summary, each leading to the file control,
  // where the corrected file goes.
  const problems = run?.status === 'INVALID' ? run.problems : [];
  const failed = run?.status === 'FAILED' ? run.error : null;
  const fieldError =
    errors.file?.message ??
    uploadError ??
    (problems.length
      ? `${run!.fileName} has ${plural(problems.length, 'problem')}. Correct ${problems.length === 1 ? 'it' : 'them'} in your spreadsheet and upload it again`
      : null);
  const summary: ErrorSummaryItem[] = [
    ...(errors.file?.message ? [{ text: errors.file.message, target: FILE_ID }] : []),
    ...(uploadError ? [{ text: uploadError, target: FILE_ID }] : []),
    ...(!errors.file && !uploadError ? problems.map((p) => ({ text: problemText(p), target: FILE_ID })) : []),
  ];

  return (
    <>
      <ErrorSummary errors={summary} focusKey={`${submitCount}-${run?.id ?? ''}-${uploadError ?? ''}`} />
      {failed && (
        <NotificationBanner heading="The import failed, so the plan was not changed">
          <p className="govuk-body">{failed}</p>
        </NotificationBanner>
      )}
      <h2 className="govuk-heading-m">1. Download a template</h2>
      <p className="govuk-body">
        Use the template, or your own spreadsheet with the same column headings. The Excel template explains
        each column and lists the statuses to choose from.
      </p>
      <ul className="govuk-list">
        <li>
          <a className="govuk-link" href={TEMPLATE_XLSX} download>
            Download the Excel template (XLSX)
          </a>
        </li>
        <li>
          <a className="govuk-link" href={TEMPLATE_CSV} download>
            Download the CSV template
          </a>
        </li>
        <li>
          Or start from the plan as it is now:{' '}
          <a className="govuk-link" href={`/files/plans/${plan.id}/export.xlsx`} download>
            download {plan.title} (XLSX)
          </a>{' '}
          or{' '}
          <a className="govuk-link" href={`/files/plans/${plan.id}/export.csv`} download>
            as CSV
          </a>
        </li>
      </ul>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How to fill in the columns</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            <li>Priority, Reference, Action and Lead partner are required.</li>
            <li>
              Priority is the priority number, like 1. Write 4. Road safety to add a priority 4 called Road
              safety.
            </li>
            <li>Dates are written like 31/03/2026 or 2026-03-31.</li>
            <li>Separate supporting partners with semicolons: NFU; Historic England.</li>
            <li>
              Milestones are a date then a title, separated with semicolons: 2025-03-31 Pilot launched;
              2025-09-30 Evaluation published.
            </li>
            <li>Status is one of: Not started, In progress, Completed, Deferred, Cancelled.</li>
            <li>
              Contributes to lists priorities of other plans the action delivers: the plan’s slug, P and the
              priority number, separated with semicolons: police-and-crime-plan-2025 P3.
            </li>
            <li>
              A reference already in the plan updates that action. A blank optional cell keeps what the action
              has.
            </li>
          </ul>
        </div>
      </details>

      {problems.length > 0 && (
        <Table
          caption={`Problems in ${run!.fileName}`}
          columns={[{ header: 'Row' }, { header: 'Column' }, { header: 'Problem' }]}
          rows={problems.map((p, i) => ({
            key: String(i),
            cells: [p.row === null ? 'Whole file' : String(p.row), p.column ?? '', p.message],
          }))}
        />
      )}

      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <h2 className="govuk-heading-m">2. Upload your file</h2>
        <div className={`govuk-form-group${fieldError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={FILE_ID}>
            {problems.length ? 'Upload the corrected file' : 'Upload a file'}
          </label>
          <div id={`${FILE_ID}-hint`} className="govuk-hint">
            An XLSX or CSV file, smaller than 5 MB. Every row is checked before anything is imported, and you
            see what will change before you confirm.
          </div>
          {fieldError && <ErrorMessage id={`${FILE_ID}-error`}>{fieldError}</ErrorMessage>}
          <input
            className={`govuk-file-upload${fieldError ? ' govuk-file-upload--error' : ''}`}
            id={FILE_ID}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${FILE_ID}-hint${fieldError ? ` ${FILE_ID}-error` : ''}`}
            {...register('file')}
          />
        </div>
        <Button disabled={isSubmitting}>Upload and check</Button>
      </form>
    </>
  );
}

function Preview({ run, onStartAgain }: { run: ImportRunData; onStartAgain: () => void }) {
  const changes = run.changes!;
  return (
    <>
      <h2 className="govuk-heading-m">Check the changes before you import</h2>
      <p className="govuk-body">
        {run.fileName} has {plural(run.rowCount, 'row')} and no problems. Importing it will add{' '}
        {plural(changes.created.length, 'action')} and change {plural(changes.updated.length, 'action')}.{' '}
        {plural(changes.unchanged.length, 'action')} {changes.unchanged.length === 1 ? 'stays' : 'stay'} the
        same. Nothing is changed until you select Import.
      </p>
      <ImportChangesList changes={changes} done={false} />
      <ConfirmImportForm run={run} />
      <p className="govuk-body">
        <button type="button" className="govuk-link app-link-button" onClick={onStartAgain}>
          Upload a different file
        </button>
      </p>
    </>
  );
}

function Result({ run, plan }: { run: ImportRunData; plan: PlanRef }) {
  const changes = run.changes!;
  return (
    <>
      <NotificationBanner type="success" heading={`${run.fileName} was imported`}>
        <p className="govuk-body">
          {plural(changes.created.length, 'action')} added, {plural(changes.updated.length, 'action')}{' '}
          changed, {changes.unchanged.length} unchanged.
          {changes.partnersCreated.length > 0 &&
            ` ${plural(changes.partnersCreated.length, 'partner')} added.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to={`/plans/${plan.slug}`}>
            Go to {plan.title}
          </Link>
        </p>
      </NotificationBanner>
      <ImportChangesList changes={changes} done />
    </>
  );
}

type EarlierRun = {
  id: string;
  fileName: string;
  createdAt: string;
  requestedByEmail: string;
  status: string;
};

/**
 * Which earlier imports to show at once: every import that was applied, and the latest attempt
 * whatever became of it. The other attempts (checked and left, or with problems) fold away.
 * `runs` are newest first.
 */
export function foldImports<R extends { status: string }>(runs: readonly R[]): { shown: R[]; folded: R[] } {
  const shown = runs.filter((r, i) => i === 0 || r.status === 'DONE');
  return { shown, folded: runs.filter((r) => !shown.includes(r)) };
}

function ImportsTable({ caption, runs }: { caption: string; runs: EarlierRun[] }) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--s"
      columns={[{ header: 'File' }, { header: 'Uploaded' }, { header: 'By' }, { header: 'Status' }]}
      rows={runs.map((r) => ({
        key: r.id,
        cells: [
          r.fileName,
          formatDateTime(r.createdAt),
          r.requestedByEmail,
          <Tag key="s">{STATUS_WORDS[r.status as keyof typeof STATUS_WORDS]}</Tag>,
        ],
      }))}
    />
  );
}

function EarlierImports({ planId }: { planId: string }) {
  const { data } = useQuery(PlanImportsQuery, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const runs = data?.planImports ?? [];
  if (runs.length === 0) return null;
  const { shown, folded } = foldImports(runs);
  return (
    <>
      <ImportsTable
        caption="Earlier imports of this plan: those applied, and the latest attempt"
        runs={shown}
      />
      {folded.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Other attempts ({folded.length}): checked but not imported
            </span>
          </summary>
          <div className="govuk-details__text">
            <ImportsTable caption="Other attempts, newest first" runs={folded} />
          </div>
        </details>
      )}
    </>
  );
}

function ImportSteps({ plan }: { plan: PlanRef }) {
  const [params, setParams] = useSearchParams();
  const runId = params.get('run');
  const result = useQuery(ImportRunQuery, {
    variables: { id: runId ?? '' },
    skip: !runId,
    fetchPolicy: 'network-only',
  });
  const run = runId ? result.data?.importRun : undefined;
  const working = isWorking(run?.status);
  const { startPolling, stopPolling } = result;
  // Poll while the server works on the file; stop as soon as it has finished.
  useEffect(() => {
    if (!working) return undefined;
    startPolling(500);
    return () => stopPolling();
  }, [working, startPolling, stopPolling]);

  const show = (id: string | null) => setParams(id ? { run: id } : {}, { replace: false });

  let step;
  if (runId && !run) {
    step = result.error ? (
      <QueryResult result={result}>{() => null}</QueryResult>
    ) : (
      <p className="govuk-body" role="status">
        Loading the import
      </p>
    );
  } else if (run && working) step = <ImportProgress run={run} />;
  else if (run?.status === 'READY') step = <Preview run={run} onStartAgain={() => show(null)} />;
  else if (run?.status === 'DONE') step = <Result run={run} plan={plan} />;
  else {
    step = (
      <>
        <UploadForm plan={plan} run={run} onUploaded={show} />
        <EarlierImports planId={plan.id} />
      </>
    );
  }
  return (
    <Page
      title={`Import actions from a spreadsheet: ${plan.title}`}
      // A file with problems is a form in error: the title says so first.
      error={run?.status === 'INVALID'}
      beforeContent={<BackLink to={`/plans/${plan.slug}`}>Back to the plan</BackLink>}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <PageHeading caption={plan.title}>Import actions from a spreadsheet</PageHeading>
          {!runId && (
            <p className="govuk-body-l">
              Add the plan&rsquo;s actions and milestones from a spreadsheet, or update them.
            </p>
          )}
          <ImportIntoBaseline planSlug={plan.slug} status={plan.status} />
          {step}
        </div>
      </div>
    </Page>
  );
}

function PlanImportLoader() {
  const { slug = '' } = useParams();
  const result = useQuery(ImportPlanQuery, { variables: { slug } });
  return <QueryResult result={result}>{({ plan }) => <ImportSteps plan={plan} />}</QueryResult>;
}

export function PlanImportPage() {
  return (
    <RequireSignIn adminTask="import plans from spreadsheets">
      <PlanImportLoader />
    </RequireSignIn>
  );
}
