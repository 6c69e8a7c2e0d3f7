import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ProposeAmendmentFormQuery } from '@/__generated__/graphql';
import { ProposeAmendmentMutation } from '@/features/amendments/graphql/ProposeAmendment.mutation';
import { errorSummary, fill, press } from '@/testing/forms';
import { renderPage } from '@/testing/renderPage';
import { ProposeForm } from './ProposeAmendmentPage';

type FormData = ProposeAmendmentFormQuery;

const action = (id: string, ref: string, title: string) => ({
  id,
  ref,
  title,
  startDate: null,
  dueDate: '2026-03-31',
  weight: 2,
  milestones: [],
});
const PLAN: FormData['plan'] = {
  id: 'p1',
  slug: 'rural',
  title: 'Rural Crime Strategy',
  status: 'ACTIVE' as FormData['plan']['status'],
  priorities: [
    {
      id: 'pr1',
      number: 1,
      title: 'Preventing and Tackling Rural Crime',
      actions: [
        action('a1', '1.1', 'Datatag marking of farm machinery'),
        action('a2', '1.2', 'Farm Watch alerts'),
        action('a3', '1.3', 'Horse Watch alerts'),
      ],
    },
  ],
  reviewCycles: [],
};
const PARTNERS: FormData['partners'] = [
  { id: 'rct', name: 'Derbyshire Constabulary Rural Crime Team' },
  { id: 'nfu', name: 'NFU' },
];
const PATH = '/plans/rural/amendments/new';

const group = (name: string | RegExp) => screen.getByRole('group', { name });

/** Fills one new action's boxes, found within its fieldset. */
function fillNewAction(
  legend: string,
  values: { ref: string; title: string; lead: string; due: [string, string, string]; weight?: string },
) {
  const part = group(legend);
  fill('Priority', 'pr1', part);
  fill('Reference', values.ref, part);
  fill('Action title', values.title, part);
  fill('Lead partner', values.lead, part);
  const due = within(part).getByRole('group', { name: /^Agreed due date/ });
  fill('Day', values.due[0], due);
  fill('Month', values.due[1], due);
  fill('Year', values.due[2], due);
  if (values.weight) fill('Weight (optional)', values.weight, part);
}

function fillAmendment() {
  fill('Title', 'Reshape the first priority');
  fill('Reason', 'The mid-term review agreed to reshape the first priority.');
}

/** The API's answer to the proposal the form should send: the amendment filled in, and `changes`. */
const proposed = (changes: object[]) => ({
  request: {
    query: ProposeAmendmentMutation,
    variables: {
      input: {
        planId: 'p1',
        title: 'Reshape the first priority',
        reason: 'The mid-term review agreed to reshape the first priority.',
        cycleId: null,
        changes,
      },
    },
  },
  result: {
    data: { proposeAmendment: { __typename: 'Amendment', id: 'am4', number: 4, status: 'PROPOSED' } },
  },
});

const spec = (ref: string, title: string, leadPartnerId: string, dueDate: string, weight?: number) => ({
  priorityId: 'pr1',
  ref,
  title,
  leadPartnerId,
  dueDate,
  ...(weight ? { weight } : {}),
});

describe('proposing a split or a merge', () => {
  it('splits an action into new ones, adding and removing parts, and sends them', async () => {
    const mocks = [
      proposed([
        {
          kind: 'SPLIT_ACTION',
          actionId: 'a1',
          newActions: [
            spec('1.4', 'Datatag marking of quad bikes', 'rct', '2027-03-31'),
            spec('1.5', 'Datatag marking of tractors', 'nfu', '2027-09-30', 3),
          ],
        },
      ]),
    ];
    renderPage(<ProposeForm plan={PLAN} partners={PARTNERS} />, { path: PATH, mocks });
    fillAmendment();
    fill('What the change does', 'SPLIT_ACTION');
    fill('Action to split', 'a1');
    // A split starts with its fewest parts, which cannot be removed.
    expect(screen.queryByRole('button', { name: /^Remove new action/ })).toBeNull();
    press('Add another new action');
    expect(group('New action 3')).toBeTruthy();
    press('Remove new action 3');
    expect(screen.queryByRole('group', { name: 'New action 3' })).toBeNull();
    fillNewAction('New action 1', {
      ref: '1.4',
      title: 'Datatag marking of quad bikes',
      lead: 'rct',
      due: ['31', '3', '2027'],
    });
    fillNewAction('New action 2', {
      ref: '1.5',
      title: 'Datatag marking of tractors',
      lead: 'nfu',
      due: ['30', '9', '2027'],
      weight: '3',
    });
    press('Propose amendment');

    await waitFor(() => expect(screen.getByTestId('elsewhere')).toBeTruthy());
  });

  it('merges the actions ticked into one and sends them', async () => {
    const mocks = [
      proposed([
        {
          kind: 'MERGE_ACTIONS',
          actionIds: ['a2', 'a3'],
          newActions: [spec('1.4', 'Farm Watch and Horse Watch alerts', 'rct', '2027-03-31', 4)],
        },
      ]),
    ];
    renderPage(<ProposeForm plan={PLAN} partners={PARTNERS} />, { path: PATH, mocks });
    fillAmendment();
    fill('What the change does', 'MERGE_ACTIONS');
    const sources = group(/^Actions to merge/);
    fireEvent.click(within(sources).getByLabelText('1.2 Farm Watch alerts'));
    fireEvent.click(within(sources).getByLabelText('1.3 Horse Watch alerts'));
    fillNewAction('The merged action', {
      ref: '1.4',
      title: 'Farm Watch and Horse Watch alerts',
      lead: 'rct',
      due: ['31', '3', '2027'],
      weight: '4',
    });
    press('Propose amendment');

    await waitFor(() => expect(screen.getByTestId('elsewhere')).toBeTruthy());
  });

  it('refuses a merge of one action and a split part with no title, by the domain rules, sending nothing', async () => {
    // No mock: a request would fail the test with the general error instead.
    renderPage(<ProposeForm plan={PLAN} partners={PARTNERS} />, { path: PATH });
    fillAmendment();
    fill('What the change does', 'MERGE_ACTIONS');
    fireEvent.click(within(group(/^Actions to merge/)).getByLabelText('1.2 Farm Watch alerts'));
    fillNewAction('The merged action', {
      ref: '1.4',
      title: 'Farm Watch alerts for all',
      lead: 'rct',
      due: ['31', '3', '2027'],
    });
    press('Add another change');
    const second = group('Change 2');
    fill('What the change does', 'SPLIT_ACTION', second);
    fill('Action to split', 'a1', second);
    fillNewAction('New action 1', { ref: '1.5', title: 'Quad bikes', lead: 'rct', due: ['31', '3', '2027'] });
    fillNewAction('New action 2', { ref: '1.6', title: '', lead: 'nfu', due: ['30', '9', '2027'] });
    press('Propose amendment');

    const summary = await waitFor(errorSummary);
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      // Each message says which change, and which of a split's new actions, it is about.
      ['Change 1: Choose from 2 to 10 different actions to merge', '#changes.0.actionIds'],
      ['Change 2, new action 2: Enter the title', '#changes.1.newActions.1.title'],
    ]);
    // Each link's target is on the page, with the message beside it.
    expect(document.getElementById('changes.0.actionIds')).toBeTruthy();
    expect(document.getElementById('changes.1.newActions.1.title-error')?.textContent).toBe(
      'Error: Enter the title',
    );
    expect(screen.queryByTestId('elsewhere')).toBeNull();
  });
});
