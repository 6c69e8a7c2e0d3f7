import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import type { PlanReportsQuery as PlanReportsData } from '@/__generated__/graphql';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Button } from '@/components/Button';
import { Checkboxes, Radios } from '@/components/Checkboxes';
import { ErrorSummary } from '@/components/ErrorSummary';
import { Page, PageHeading } from '@/components/Page';
import { QueryResult } from '@/components/QueryResult';
import { RequireSignIn } from '@/features/auth/components/RequireSignIn';
import { useMe } from '@/features/auth/hooks/useMe';
import { ClosedQuarterReports } from '@/features/reports/components/ClosedQuarterReports';
import { PastReports } from '@/features/reports/components/PastReports';
import { NotificationBanner } from '@/components/NotificationBanner';
import { ReportProgress } from '@/features/reports/components/ReportProgress';
import { GenerateReportMutation } from '@/features/reports/graphql/GenerateReport.mutation';
import { PlanReportsQuery } from '@/features/reports/graphql/PlanReports.query';
import { ReportRunQuery } from '@/features/reports/graphql/ReportRun.query';
import { ReportRunsQuery } from '@/features/reports/graphql/ReportRuns.query';
import {
  FORMAT_HINTS,
  FORMAT_LABELS,
  FORMATS,
  LIVE,
  REPORT_FIELDS,
  reportSchema,
  toGenerateReportInput,
  type ReportFormOutput,
  type ReportFormValues,
} from '@/features/reports/utils/reportForm';
import { useFormPage } from '@/hooks/useFormPage';
import { fieldProps } from '@/utils/fieldProps';
import '@/features/reports/reports.css';

type Plan = PlanReportsData['plan'];

/** How often the page asks how a report is getting on. */
const POLL_MS = 500;

/** Admins choose a closed review (or live data, for a draft) and the formats, then make the report. */
export function MakeReportForm({ plan, onStarted }: { plan: Plan; onStarted: (id: string) => void }) {
  const [generate, { loading }] = useMutation(GenerateReportMutation);
  const closed = plan.reviewCycles.filter((c) => c.status === 'CLOSED');
  const { register, errors, submission } = useFormPage<ReportFormValues, ReportFormOutput>({
    resolver: zodResolver(reportSchema),
    defaultValues: { source: closed[0]?.id ?? LIVE, formats: [...FORMATS] },
    fields: REPORT_FIELDS,
    save: async (values) => {
      const result = await generate({ variables: { input: toGenerateReportInput(plan.id, values) } });
      onStarted(result.data!.generateReport.id);
    },
  });
  const field = fieldProps(register, errors);
  return (
    <section aria-labelledby="make-heading" className="govuk-!-margin-bottom-8">
      <ErrorSummary errors={submission.summary} focusKey={submission.focusKey} />
      <h2 className="govuk-heading-m" id="make-heading">
        Make a report
      </h2>
      <form onSubmit={submission.onSubmit} noValidate>
        <Radios
          legend="What should the report show?"
          legendSize="s"
          hint="A closed review’s report comes from its frozen quarter, so it is the same every time it is made."
          items={[
            ...closed.map((c) => ({ value: c.id, label: `${c.quarter} review (closed)` })),
            {
              value: LIVE,
              label: 'Live data (draft)',
              hint: 'Today’s figures. Every page is marked draft.',
            },
          ]}
          {...field.choices('source')}
        />
        <Checkboxes
          legend="Formats"
          legendSize="s"
          items={FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f], hint: FORMAT_HINTS[f] }))}
          {...field.choices('formats')}
        />
        <Button type="submit" disabled={loading}>
          Make the report
        </Button>
      </form>
    </section>
  );
}

/** The report being made, asked about every half second until it is done or has failed. */
export function RunningReport({ id, onFinished }: { id: string; onFinished: (title: string) => void }) {
  const result = useQuery(ReportRunQuery, {
    variables: { id },
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
  });
  const status = result.data?.reportRun.status;
  const finished = status === 'DONE' || status === 'FAILED';
  useEffect(() => {
    if (!finished) return;
    result.stopPolling();
    onFinished(status === 'DONE' ? result.data!.reportRun.title : '');
    // Once, when it finishes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);
  if (!result.data) return null;
  return <ReportProgress run={result.data.reportRun} />;
}

function PlanReports() {
  const { slug = '' } = useParams();
  const { me } = useMe();
  const [running, setRunning] = useState<string | null>(null);
  const [ready, setReady] = useState<string | null>(null);
  const result = useQuery(PlanReportsQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const planId = result.data?.plan.id;
  const runs = useQuery(ReportRunsQuery, {
    variables: { planId: planId ?? '' },
    skip: !planId,
    fetchPolicy: 'cache-and-network',
  });
  const started = (id: string) => {
    setReady(null);
    setRunning(id);
    void runs.refetch();
  };
  // Once the files are ready, the progress goes and a banner says so; the files are in the lists.
  const finished = async (title: string) => {
    await runs.refetch();
    setRunning(null);
    if (title) setReady(title);
  };
  return (
    <QueryResult result={result} what="reports">
      {({ plan }) => (
        <Page
          title={`Panel reports: ${plan.title}`}
          beforeContent={
            <Breadcrumbs
              items={[
                { text: 'Plans', to: '/' },
                { text: plan.title, to: `/plans/${plan.slug}` },
              ]}
            />
          }
        >
          {ready && (
            <NotificationBanner type="success" heading={`${ready} is ready`}>
              <p className="govuk-body">Download it from the list below.</p>
            </NotificationBanner>
          )}
          <PageHeading caption={plan.title}>Panel reports</PageHeading>
          <p className="govuk-body">
            The report pack for the Police and Crime Panel: a summary by status and RAG with the movements
            since the last quarter, each priority’s RAG chart, the exceptions with their commentary and review
            decisions, milestones due next quarter, open follow-ups, the indicators, and every action.
          </p>
          {running && <RunningReport id={running} onFinished={(title) => void finished(title)} />}
          <h2 className="govuk-heading-m">Reports of closed quarters</h2>
          {runs.data ? (
            <ClosedQuarterReports
              planId={plan.id}
              closed={plan.reviewCycles.filter((c) => c.status === 'CLOSED')}
              runs={runs.data.reportRuns}
              canAsk={me?.role === 'ADMIN' || me?.role === 'PANEL_VIEWER'}
              onStarted={started}
            />
          ) : (
            <p className="govuk-body">Loading reports…</p>
          )}
          {me?.role === 'ADMIN' && <MakeReportForm key={running ?? 'form'} plan={plan} onStarted={started} />}
          <h2 className="govuk-heading-m">Every report made</h2>
          {runs.data ? (
            <PastReports runs={runs.data.reportRuns} />
          ) : (
            <p className="govuk-body">Loading reports…</p>
          )}
        </Page>
      )}
    </QueryResult>
  );
}

export function ReportsPage() {
  return (
    <RequireSignIn>
      <PlanReports />
    </RequireSignIn>
  );
}
