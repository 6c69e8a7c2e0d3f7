import { visibleText } from '@/testing/table';
import { screen, waitFor, within } from '@testing-library/react';
import { renderPage } from '@/testing/renderPage';
import { IndicatorPage } from './IndicatorPage';
import { answer999, indicatorDetailMock, meMock } from './indicatorFixtures';

const PATH = '/indicators/i1';

describe('an indicator’s page', () => {
  it('names the chart with a summary of the series, its baseline and target', async () => {
    renderPage(<IndicatorPage />, {
      path: PATH,
      route: '/indicators/:id',
      mocks: [meMock(null), indicatorDetailMock(answer999())],
    });

    const chart = await screen.findByRole('img', { name: /^Line chart of Average time to answer 999 calls/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Line chart of Average time to answer 999 calls from July 2026 to September 2026: 6.1 seconds in September 2026, baseline 11.5 seconds, target 10 seconds, definition changed 15 August 2026',
    );
    // The lines are told apart by words, not colour alone.
    expect(within(chart).getByText('Baseline 11.5 seconds')).toBeTruthy();
    expect(within(chart).getByText('Target 10 seconds')).toBeTruthy();
    expect(within(chart).getByText('Definition changed 15 August 2026')).toBeTruthy();
  });

  it('lists every value in a table beside the chart, newest first', async () => {
    renderPage(<IndicatorPage />, {
      path: PATH,
      route: '/indicators/:id',
      mocks: [meMock(null), indicatorDetailMock(answer999())],
    });

    const table = await screen.findByRole('table', {
      name: 'Values of Average time to answer 999 calls, newest first',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => visibleText(c)));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['September 2026', '6.1 seconds'],
      ['August 2026', '7 seconds'],
      ['July 2026', '8.2 seconds'],
    ]);
    expect(rows[0]![2]).toContain('New call handlers');
  });

  it('gives the latest value, the change from the baseline, status and trend in words', async () => {
    renderPage(<IndicatorPage />, {
      path: PATH,
      route: '/indicators/:id',
      mocks: [meMock(null), indicatorDetailMock(answer999())],
    });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Latest value: September 2026' }),
    ).toBeTruthy();
    expect(screen.getByText('Down 47.0% (\u22125.4 seconds) from the 2021/22 baseline')).toBeTruthy();
    expect(screen.getByText('On target').className).toContain('govuk-tag--green');
    expect(screen.getByText('Improving over the last 3 periods')).toBeTruthy();
    expect(screen.getByText('Lower is better')).toBeTruthy();
    expect(screen.getByText(/Example data: the values of this indicator are made up/)).toBeTruthy();
  });

  it('shows a corrected value’s earlier values, and lets an admin correct each row', async () => {
    renderPage(<IndicatorPage />, {
      path: PATH,
      route: '/indicators/:id',
      mocks: [meMock('ADMIN'), indicatorDetailMock(answer999())],
    });

    const table = await screen.findByRole('table', { name: /^Values of/ });
    expect(within(table).getAllByText('Corrected')).toHaveLength(1);
    expect(within(table).getByText('Earlier value').closest('details')?.textContent).toContain(
      '7.4 seconds, recorded by seed@example.org',
    );
    await waitFor(() =>
      expect(
        within(table).getByRole('link', { name: 'Correct the value for August 2026' }).getAttribute('href'),
      ).toBe('/indicators/i1/values/m2/edit'),
    );
    expect(screen.getByRole('button', { name: 'Add a value' })).toBeTruthy();
  });
});
