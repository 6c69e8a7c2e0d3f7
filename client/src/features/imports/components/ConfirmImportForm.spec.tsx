import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApplyPlanImportMutation } from '@/features/imports/graphql/ApplyPlanImport.mutation';
import { changeLines, problemText, type ImportRunData } from '@/features/imports/utils/importFile';
import { apiErrorMock, errorSummary, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { ConfirmImportForm } from './ConfirmImportForm';

const RUN: ImportRunData = {
  id: 'r1',
  fileName: 'plan.csv',
  status: 'READY',
  progress: 100,
  stage: null,
  rowCount: 2,
  error: null,
  problems: [],
  unknownPartners: [{ name: 'Peak Pony Club', rows: [2, 3] }],
  changes: null,
};
const PATH = '/plans/p/import';

const summaryLinks = () =>
  within(errorSummary())
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href')]);

describe('confirming an import', () => {
  it('asks to tick each unknown partner, then what kind of organisation it is, before sending anything', async () => {
    renderPage(<ConfirmImportForm run={RUN} />, { path: PATH, mocks: [] });
    expect(screen.getByText('Named in rows 2, 3')).toBeTruthy();
    press('Import 2 rows');
    await waitFor(errorSummary);
    expect(summaryLinks()).toEqual([
      [
        'Peak Pony Club is not in the partner directory. Tick it to add it, or correct the name in the file and upload it again',
        '#partner-0-create',
      ],
    ]);

    fireEvent.click(screen.getByLabelText('Add Peak Pony Club as a new partner'));
    press('Import 2 rows');
    await waitFor(() =>
      expect(summaryLinks()).toEqual([
        ['Choose what kind of organisation Peak Pony Club is', '#partner-0-kind'],
      ]),
    );
    expect(screen.getByLabelText('What kind of organisation is Peak Pony Club?')).toBeTruthy();
  });

  it('lists the problems the server found by row and column', async () => {
    const mocks = [
      apiErrorMock(ApplyPlanImportMutation, {
        message: 'The file has problems: nothing was imported',
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'row 3: Lead partner',
            message: 'Old Watch is archived. Restore the partner first, or choose another',
          },
        ],
      }),
    ];
    renderPage(<ConfirmImportForm run={{ ...RUN, unknownPartners: [] }} />, { path: PATH, mocks });
    press('Import 2 rows');
    await waitFor(errorSummary);
    expect(within(errorSummary()).getByText(/^Row 3, Lead partner: Old Watch is archived/)).toBeTruthy();
  });
});

describe('import wording', () => {
  it('shows published text that looks like personal data by row and column, and needs it confirmed', async () => {
    const run: ImportRunData = {
      ...RUN,
      unknownPartners: [],
      changes: {
        created: [],
        updated: [],
        unchanged: [],
        notInFile: [],
        prioritiesCreated: [],
        partnersCreated: [],
        personalData: [{ row: 2, column: 'Action', kind: 'PHONE', text: '01629 123456' }],
        examples: [],
      },
    };
    renderPage(<ConfirmImportForm run={run} />, { path: PATH, mocks: [] });
    expect(screen.getByText('Row 2, Action: a phone number, “01629 123456”')).toBeTruthy();
    press('Import 2 rows');
    await waitFor(errorSummary);
    expect(summaryLinks()).toEqual([
      [
        'Confirm the flagged text is not personal data, or correct the file and upload it again',
        '#confirmPersonalData',
      ],
    ]);
  });

  it('names the row and column of a problem, or the whole file', () => {
    expect(
      problemText({
        row: 5,
        column: 'Due date',
        message: 'Enter a real date, like 31/03/2026',
      }),
    ).toBe('Row 5, Due date: Enter a real date, like 31/03/2026');
    expect(problemText({ row: null, column: null, message: 'The file is empty' })).toBe('The file is empty');
  });

  it('says each change to an action, old to new, and each milestone added or moved', () => {
    expect(
      changeLines({
        row: 2,
        ref: '1.1',
        title: 'A',
        actionId: 'a1',
        published: true,
        fields: [
          {
            field: 'Due date',
            before: '31 January 2027',
            after: '30 June 2027',
          },
          { field: 'Description', before: null, after: 'New' },
        ],
        milestones: [
          {
            title: 'Launch',
            change: 'ADDED',
            before: null,
            after: '1 March 2027',
          },
          {
            title: 'Review',
            change: 'CHANGED',
            before: '1 May 2026',
            after: '1 June 2026',
          },
        ],
      }),
    ).toEqual([
      'Due date: 31 January 2027 to 30 June 2027',
      'Description: (blank) to New',
      'Milestone added: Launch, due 1 March 2027',
      'Milestone Review: due 1 May 2026 to 1 June 2026',
    ]);
  });
});
