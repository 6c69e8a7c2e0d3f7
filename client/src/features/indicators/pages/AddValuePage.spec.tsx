import { screen, waitFor, within } from '@testing-library/react';
import { RecordMeasurementMutation } from '@/features/indicators/graphql/RecordMeasurement.mutation';
import { apiErrorMock, errorSummary, fill, fillDate, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { answer999, indicatorDetailMock } from './indicatorFixtures';
import { AddValueForm } from './AddValuePage';

const INDICATOR = {
  __typename: 'Indicator' as const,
  id: 'i1',
  name: 'Home burglaries attended',
  unit: 'PERCENT' as const,
  frequency: 'QUARTER' as const,
  latest: {
    __typename: 'IndicatorMeasurement' as const,
    id: 'm14',
    periodStart: '2026-07-01',
    periodLabel: '2026/27 Q2',
    valueText: '98.7%',
  },
  measurements: [],
};
const PATH = '/indicators/i1/values/new';

describe('adding a value', () => {
  it('says when the next period starts, and what day a period starts on', () => {
    renderPage(<AddValueForm indicator={INDICATOR} />, { path: PATH });
    expect(
      screen.getByText('The latest value is 98.7% for 2026/27 Q2. The next period starts on 1 October 2026.'),
    ).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Period start date' });
    expect(group.getAttribute('aria-describedby')).toBe('periodStart-hint');
    expect(document.getElementById('periodStart-hint')?.textContent).toContain(
      '1 April, 1 July, 1 October or 1 January',
    );
  });

  it('sends the indicator, the period start, the value as a number and the note', async () => {
    let sent = false;
    const mocks = [
      {
        request: {
          query: RecordMeasurementMutation,
          variables: {
            input: {
              indicatorId: 'i1',
              periodStart: '2026-10-01',
              value: 1234.5,
              note: 'Recounted after audit',
            },
          },
        },
        result: () => {
          sent = true;
          return {
            data: {
              recordMeasurement: {
                __typename: 'IndicatorMeasurement',
                id: 'm15',
                periodStart: '2026-10-01',
                periodLabel: '2026/27 Q3',
                value: 1234.5,
                valueText: '1,234.5',
                note: 'Recounted after audit',
                version: 1,
              },
            },
          };
        },
      },
      // The indicator page's figures are fetched again before going back to it.
      indicatorDetailMock(answer999()),
    ];
    const { router } = renderPage(<AddValueForm indicator={INDICATOR} />, { path: PATH, mocks });
    fillDate(/^Period start date/, '1', '10', '2026');
    fill('Value', '1,234.5');
    fill('Note (optional)', '  Recounted after audit ');
    press('Add value');

    await waitFor(() => expect(router.state.location.pathname).toBe('/indicators/i1'));
    expect(sent).toBe(true);
    expect(router.state.location.state).toEqual({ saved: 'valueAdded', periodLabel: '2026/27 Q3' });
  });

  it('checks the boxes before sending', async () => {
    renderPage(<AddValueForm indicator={INDICATOR} />, { path: PATH });
    fill('Value', '98,7%');
    press('Add value');

    const summary = await waitFor(errorSummary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Enter the period start date', '#periodStart-day'],
      ['Value must be a number, like 12.5', '#value'],
    ]);
  });

  it('shows the API’s message by the date when the date does not start a period', async () => {
    const mocks = [
      apiErrorMock(RecordMeasurementMutation, {
        message: 'Check the values you entered',
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'periodStart',
            message: '15 October 2026 is not the first day of a UK financial quarter: use 1 October 2026',
          },
        ],
      }),
    ];
    renderPage(<AddValueForm indicator={INDICATOR} />, { path: PATH, mocks });
    fillDate(/^Period start date/, '15', '10', '2026');
    fill('Value', '99');
    press('Add value');

    await waitFor(() =>
      expect(document.getElementById('periodStart-error')?.textContent).toBe(
        'Error: 15 October 2026 is not the first day of a UK financial quarter: use 1 October 2026',
      ),
    );
    expect(
      within(errorSummary())
        .getByRole('link', { name: /is not the first day/ })
        .getAttribute('href'),
    ).toBe('#periodStart-day');
  });

  it('shows by the date that a period already has a value', async () => {
    const mocks = [
      apiErrorMock(RecordMeasurementMutation, {
        message: '2026/27 Q2 already has a value. Correct it from its row, so the old value is kept.',
        code: 'CONFLICT',
      }),
    ];
    renderPage(<AddValueForm indicator={INDICATOR} />, { path: PATH, mocks });
    fillDate(/^Period start date/, '1', '7', '2026');
    fill('Value', '99');
    press('Add value');

    await waitFor(() =>
      expect(document.getElementById('periodStart-error')?.textContent).toBe(
        'Error: 2026/27 Q2 already has a value. Correct it from its row, so the old value is kept.',
      ),
    );
  });
});
