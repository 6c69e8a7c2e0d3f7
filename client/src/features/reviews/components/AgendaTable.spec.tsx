import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '@/__generated__';
import { ReorderAgendaMutation } from '@/features/reviews/graphql/ReorderAgenda.mutation';
import { apiErrorMock } from '@/testing/forms';
import { AgendaTable, AgendaTable_item } from './AgendaTable';

const item = (position: number, id: string, ref: string, reasons: string[]) =>
  makeFragmentData(
    {
      position,
      reasons: reasons as never,
      action: {
        id,
        ref,
        title: `Action ${ref}`,
        leadPartnerName: 'NFU',
        rag: 'RED',
        ragReason: null,
        latestCommentary: `Commentary on ${ref}`,
        decision: null,
        escalatedTo: null,
      },
    },
    AgendaTable_item,
  );

const ITEMS = [
  item(1, 'a1', '1.3', ['RED', 'OPEN_CHALLENGE']),
  item(2, 'a2', '2.1', ['AMBER_WORSENING']),
  item(3, 'a3', '3.4', ['NO_UPDATE', 'OVERDUE_MILESTONE']),
];

function renderAgenda(mocks: MockLink.MockedResponse[], canReorder = true) {
  const router = createMemoryRouter([
    { path: '*', element: <AgendaTable cycleId="c1" items={ITEMS} canReorder={canReorder} /> },
  ]);
  return render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

const order = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('a')?.textContent);

const reorderMock = (actionIds: string[]): MockLink.MockedResponse => ({
  request: { query: ReorderAgendaMutation, variables: { input: { cycleId: 'c1', actionIds } } },
  result: { data: { reorderAgenda: { id: 'c1' } } },
});

describe('the meeting agenda', () => {
  it('gives each reason in words', () => {
    renderAgenda([]);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('RedOpen challenge');
    expect(rows[2]!.textContent).toContain('Amber, worse than last quarter');
    expect(rows[3]!.textContent).toContain('No update this quarterMilestone overdue');
  });

  it('moves an action down, sends the whole order and says where it went', async () => {
    let sent = false;
    const mock = reorderMock(['a2', 'a1', 'a3']);
    renderAgenda([{ ...mock, result: () => ((sent = true), mock.result as never) }]);
    // The first has no 'Move up' and the last no 'Move down'.
    expect(screen.queryByRole('button', { name: 'Move up action 1.3' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move down action 3.4' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Move down action 1.3' }));
    expect(order()).toEqual(['2.1 Action 2.1', '1.3 Action 1.3', '3.4 Action 3.4']);
    expect(screen.getByRole('status').textContent).toBe('Action 1.3 moved down to position 2 of 3');
    // Focus stays with the action that moved.
    expect(document.activeElement?.textContent).toBe('Move down action 1.3');
    await waitFor(() => expect(sent).toBe(true));
  });

  it('keeps focus on the action when it reaches the top, where there is no Move up', () => {
    renderAgenda([reorderMock(['a2', 'a1', 'a3'])]);
    fireEvent.click(screen.getByRole('button', { name: 'Move up action 2.1' }));
    expect(order()).toEqual(['2.1 Action 2.1', '1.3 Action 1.3', '3.4 Action 3.4']);
    expect(document.activeElement?.textContent).toBe('Move down action 2.1');
    expect(screen.getByRole('status').textContent).toBe('Action 2.1 moved up to position 1 of 3');
  });

  it('puts the order back and says so when it cannot be saved', async () => {
    renderAgenda([
      apiErrorMock(ReorderAgendaMutation, {
        message: 'A closed review cannot change',
        code: 'BAD_USER_INPUT',
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move down action 2.1' }));
    expect(order()).toEqual(['1.3 Action 1.3', '3.4 Action 3.4', '2.1 Action 2.1']);

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Error: The new order was not saved. A closed review cannot change',
      ),
    );
    expect(order()).toEqual(['1.3 Action 1.3', '2.1 Action 2.1', '3.4 Action 3.4']);
  });

  it('shows no buttons to someone who cannot change the order', () => {
    renderAgenda([], false);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});
