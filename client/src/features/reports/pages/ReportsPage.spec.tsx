import { screen, waitFor, within } from '@testing-library/react';
import { ReportRunQuery } from '@/features/reports/graphql/ReportRun.query';
import { errorSummary, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { MakeReportForm, RunningReport } from './ReportsPage';

const PLAN = {
  __typename: 'Plan' as const,
  id: 'p1',
  slug: 'rural',
  title: 'Rural Crime Strategy',
  reviewCycles: [
    { __typename: 'ReviewCycle' as const, id: 'c2', quarter: '2025/26 Q1', status: 'OPEN' as const },
    { __typename: 'ReviewCycle' as const, id: 'c1', quarter: '2024/25 Q4', status: 'CLOSED' as const },
  ],
};
const PATH = '/plans/rural/reports';

const run = (status: 'RUNNING' | 'DONE', progress: number, stage: string) => ({
  request: { query: ReportRunQuery, variables: { id: 'r1' } },
  result: {
    data: {
      reportRun: {
        __typename: 'ReportRun' as const,
        id: 'r1',
        status,
        title: 'Rural Crime Strategy: Panel report, 2024/25 Q4',
        progress,
        stage,
        error: null,
        files:
          status === 'DONE'
            ? [
                {
                  __typename: 'ReportFile' as const,
                  id: 'f1',
                  format: 'PDF' as const,
                  fileName: 'rural-2024-25-q4-panel-report.pdf',
                  sizeBytes: 84_000,
                  downloadUrl: '/files/reports/f1',
                },
              ]
            : [],
      },
    },
  },
});

describe('making a Panel report', () => {
  it('offers closed reviews and live data, never a review still open', () => {
    renderPage(<MakeReportForm plan={PLAN} onStarted={() => undefined} />, { path: PATH });
    const source = screen.getByRole('group', { name: 'What should the report show?' });
    expect(
      within(source)
        .getAllByRole('radio')
        .map((r) => r.closest('div')!.textContent),
    ).toEqual([
      '2024/25 Q4 review (closed)',
      'Live data (draft)Today’s figures. Every page is marked draft.',
    ]);
    expect((within(source).getByLabelText('2024/25 Q4 review (closed)') as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('asks for a format when none is chosen, and sends nothing', async () => {
    // No mock: a request would fail the test with the general error instead.
    renderPage(<MakeReportForm plan={PLAN} onStarted={() => undefined} />, { path: PATH });
    for (const box of screen.getAllByRole('checkbox')) (box as HTMLInputElement).click();
    press('Make the report');
    const summary = await waitFor(errorSummary);
    expect(within(summary).getByRole('link').textContent).toBe('Choose at least one format');
  });

  it('shows the progress in words as the report is made, then its files', async () => {
    let finished = 0;
    renderPage(<RunningReport id="r1" onFinished={() => (finished += 1)} />, {
      path: PATH,
      mocks: [run('RUNNING', 45, 'Rendering Word document'), run('DONE', 100, 'Ready to download')],
    });
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Rendering Word document: 45% done'));
    expect((screen.getByLabelText('Progress of the report') as HTMLProgressElement).value).toBe(45);
    await waitFor(() => expect(status.textContent).toContain('The report is ready to download'), {
      timeout: 3000,
    });
    expect(screen.getByRole('link', { name: 'Download the PDF (84 KB)' }).getAttribute('href')).toBe(
      '/files/reports/f1',
    );
    expect(finished).toBe(1);
  });
});
