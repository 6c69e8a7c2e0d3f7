import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ImportMeasurementsMutation } from '@/features/indicators/graphql/ImportMeasurements.mutation';
import { apiErrorMock, errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { answer999, indicatorDetailMock } from './indicatorFixtures';
import { ImportValuesForm } from './ImportValuesPage';

const INDICATOR = {
  __typename: 'Indicator' as const,
  id: 'i1',
  name: 'Home burglaries attended',
  unit: 'PERCENT' as const,
  frequency: 'QUARTER' as const,
  latest: null,
  measurements: [],
};
const PATH = '/indicators/i1/import';
const CSV = 'period,value,note\n2026-07-01,98.9,\n2026-07-01,abc,\n2026-08-15,97,\n';

describe('importing values from CSV', () => {
  it('lists each bad row in the error summary, by row and column, and imports nothing', async () => {
    const mocks = [
      apiErrorMock(ImportMeasurementsMutation, {
        message: 'The file has 2 problems: nothing was imported',
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'row 3: value', message: '"abc" is not a number' },
          {
            field: 'row 4: period',
            message: '2026-08-15 is not the first day of a UK financial quarter: use 2026-07-01',
          },
        ],
      }),
    ];
    renderPage(<ImportValuesForm indicator={INDICATOR} />, { path: PATH, mocks });
    fill('Values to import', CSV);
    press('Import values');

    const summary = await waitFor(errorSummary);
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['The file has 2 problems: nothing was imported', '#csv'],
      ['Row 3, value: "abc" is not a number', '#csv'],
      ['Row 4, period: 2026-08-15 is not the first day of a UK financial quarter: use 2026-07-01', '#csv'],
    ]);
    expect(document.getElementById('csv-error')?.textContent).toBe(
      'Error: The file has 2 problems: nothing was imported',
    );
    // What was typed stays, to be fixed.
    expect((screen.getByLabelText('Values to import') as HTMLTextAreaElement).value).toBe(CSV);
    expect(document.title).toBe('Error: Import values for Home burglaries attended – Partnership Tracker');
  });

  it('says what to do when there is nothing to import, without asking the API', async () => {
    renderPage(<ImportValuesForm indicator={INDICATOR} />, { path: PATH });
    press('Import values');

    const summary = await waitFor(errorSummary);
    expect(within(summary).getByRole('link', { name: 'Choose a CSV file or paste the values' })).toBeTruthy();
  });

  it('reads a chosen file into the box, then goes back to the indicator saying what was imported', async () => {
    const fixed = 'period,value,note\n2026-07-01,98.9,\n2026-04-01,99,\n';
    const mocks = [
      {
        request: {
          query: ImportMeasurementsMutation,
          variables: { input: { indicatorId: 'i1', csv: fixed } },
        },
        result: {
          data: {
            importMeasurements: { __typename: 'MeasurementImport', created: 1, corrected: 1, unchanged: 0 },
          },
        },
      },
      indicatorDetailMock(answer999()),
    ];
    const { router } = renderPage(<ImportValuesForm indicator={INDICATOR} />, { path: PATH, mocks });
    const file = new File([fixed], 'values.csv', { type: 'text/csv' });
    // jsdom's File has no text(): give it one, as browsers have.
    Object.defineProperty(file, 'text', { value: () => Promise.resolve(fixed) });
    fireEvent.change(screen.getByLabelText('Choose a CSV file'), { target: { files: [file] } });
    await screen.findByText('values.csv is in the box below.');
    expect((screen.getByLabelText('Values to import') as HTMLTextAreaElement).value).toBe(fixed);
    press('Import values');

    await waitFor(() => expect(router.state.location.pathname).toBe('/indicators/i1'));
    expect(router.state.location.state).toEqual({
      saved: 'imported',
      created: 1,
      corrected: 1,
      unchanged: 0,
    });
  });

  it('offers a template to download with the header row', () => {
    renderPage(<ImportValuesForm indicator={INDICATOR} />, { path: PATH });
    const link = screen.getByRole('link', { name: /Download a CSV template/ });
    expect(link.getAttribute('download')).toBe('indicator-values.csv');
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe(
      'data:text/csv;charset=utf-8,period,value,note\r\n',
    );
  });
});
