import { visibleText } from '@/testing/table';
import { render, screen, within } from '@testing-library/react';
import { makeFragmentData } from '@/__generated__';
import { ComparisonTables, ComparisonTables_comparison } from './ComparisonTables';

const ref = (r: string, title: string) => ({ ref: r, title });

const COMPARISON = makeFragmentData(
  {
    from: '2024/25 Q3',
    to: '2024/25 Q4',
    plan: { from: 40, to: 46, change: 6 },
    priorities: [
      {
        number: 1,
        title: 'Preventing rural crime',
        from: 50,
        to: 62,
        change: 12,
      },
      {
        number: 2,
        title: 'Supporting victims',
        from: 30,
        to: 25,
        change: -5,
      },
    ],
    actions: [
      {
        ref: '1.5',
        title: 'Rural cameras',
        from: 20,
        to: 35,
        change: 15,
      },
      { ref: '2.2', title: 'Outreach', from: 30, to: 25, change: -5 },
      { ref: '3.1', title: 'Hub', from: 35, to: 35, change: 0 },
    ],
    ragMovements: [
      {
        from: 'GREEN',
        to: 'AMBER',
        count: 1,
        actions: [ref('2.2', 'Outreach')],
      },
      {
        from: 'AMBER',
        to: 'GREEN',
        count: 3,
        actions: [ref('1.5', 'Rural cameras'), ref('2.2', 'Outreach'), ref('3.2', 'Farm watch')],
      },
    ],
    completed: [ref('1.4', 'Evening shifts')],
    added: [],
    removed: [],
    deferred: [ref('2.5', 'Safe and Well visits')],
    slippedMilestones: [
      {
        milestoneId: 'm1',
        title: 'Referral pathway agreed',
        fromDue: '2024-12-31',
        toDue: '2025-03-31',
        days: 90,
        action: ref('2.3', 'Referral pathway'),
      },
    ],
  },
  ComparisonTables_comparison,
);

const rowsOf = (caption: RegExp) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => visibleText(r));

describe('comparing two quarters', () => {
  it('gives RAG movements in words: a table and a sentence', () => {
    render(<ComparisonTables comparison={COMPARISON} />);
    expect(rowsOf(/RAG movements from 2024\/25 Q3 to 2024\/25 Q4/)).toEqual([
      'Green → to  Amberworse12.2',
      'Amber → to  Greenbetter31.5, 2.2, 3.2',
    ]);
    expect(
      screen.getByText(
        '1 action moved from Green to Amber (worse), 3 from Amber to Green (better). In all, 3 better and 1 worse.',
      ),
    ).toBeTruthy();
  });

  it('says each progress change with a sign and in words, and leaves out actions that did not move', () => {
    render(<ComparisonTables comparison={COMPARISON} />);
    expect(
      screen.getByText(
        /The whole plan was 40% complete in 2024\/25 Q3 and is 46% in 2024\/25 Q4: up 6 points/,
      ),
    ).toBeTruthy();
    expect(rowsOf(/Progress of each priority/)).toEqual([
      '1. Preventing rural crime50%62%+12up 12 points',
      '2. Supporting victims30%25%\u22125down 5 points',
    ]);
    expect(rowsOf(/Actions whose progress changed \(2\)/)).toEqual([
      '1.5Rural cameras20%35%+15up 15 points',
      '2.2Outreach30%25%\u22125down 5 points',
    ]);
    expect(screen.getByText('1 other action made no change in progress.')).toBeTruthy();
  });

  it('lists what was completed, deferred and added, and milestones that slipped by how many days', () => {
    render(<ComparisonTables comparison={COMPARISON} />);
    expect(screen.getByText('1.4 Evening shifts')).toBeTruthy();
    expect(screen.getByText('2.5 Safe and Well visits')).toBeTruthy();
    expect(screen.getByText('No actions were added.')).toBeTruthy();
    expect(rowsOf(/Milestones whose due date moved later/)).toEqual([
      'Referral pathway agreed2.3 Referral pathway31 December 202431 March 202590 days',
    ]);
  });
});
