import type { Picture, PictureAction } from '../reviews/picture.js';
import { pictureAction } from '../reviews/picture.fixtures.js';
import { buildReportModel, hashModel, reportBaseName } from './report-model.js';
import { renderCsv } from './render-csv.js';

function picture(quarter: string, actions: PictureAction[]): Picture {
  const rollup = {
    progress: 40,
    actionCount: actions.length,
    ragCounts: { green: 1, amber: 0, red: 1 },
    statusCounts: { notStarted: 0, inProgress: 2, completed: 0, deferred: 0, cancelled: 0 },
    overdueActionCount: 0,
    overdueMilestoneCount: 0,
  };
  return {
    format: 1,
    quarter,
    asAt: '2025-04-10T09:00:00.000Z',
    judgedOn: '2025-04-10',
    plan: { id: 'plan', slug: 'dparc', title: 'DPARC plan', ...rollup },
    priorities: [{ id: 'p1', number: 1, title: 'Priority', ...rollup }],
    actions,
  };
}

const OWNER = 'Office of the Police and Crime Commissioner for Derbyshire';

const milestone = (id: string, dueDate: string, completedOn: string | null = null) => ({
  id,
  title: `Milestone ${id}`,
  dueDate,
  completedOn,
});

describe('the Panel report model', () => {
  const q3 = picture('2024/25 Q3', [pictureAction('1.1'), pictureAction('1.2')]);
  const q4 = picture('2024/25 Q4', [
    pictureAction('1.1', {
      rag: 'RED',
      latestCommentary: '=1+1 is what we were told',
      milestones: [milestone('a', '2025-04-30'), milestone('b', '2025-07-01')],
      followUps: [
        {
          id: 'f1',
          description: 'Send the figures',
          ownerPartnerId: 'x',
          ownerName: 'NFU',
          dueOn: '2025-05-01',
          status: 'OPEN',
        },
        {
          id: 'f2',
          description: 'Done already',
          ownerPartnerId: 'x',
          ownerName: 'NFU',
          dueOn: '2025-05-01',
          status: 'DONE',
        },
      ],
    }),
    pictureAction('1.2', { milestones: [milestone('c', '2025-06-30', '2025-04-02')] }),
  ]);
  const frozenAt = new Date('2025-04-22T16:00:00Z');
  const model = buildReportModel({
    picture: q4,
    previous: q3,
    agendaOrder: [],
    draft: false,
    frozenAt,
    owner: OWNER,
  });

  it('lists the exceptions with their reasons in words, and the movements since the last quarter', () => {
    expect(model.exceptions.map((e) => [e.ref, e.reasons])).toEqual([['1.1', ['Red']]]);
    expect(model.summary.movements?.ragMovements).toEqual([
      { from: 'Green', to: 'Red', count: 1, actions: '1.1 Action 1.1' },
    ]);
    expect(model.summary.rags.map((r) => `${r.label} ${r.count}`)).toEqual(['Red 1', 'Amber 0', 'Green 1']);
  });

  it('lists the milestones due in the next quarter and only the open follow-ups', () => {
    expect(model.milestonesDue.quarter).toBe('2025/26 Q1');
    expect(model.milestonesDue.items.map((m) => [m.title, m.status])).toEqual([
      ['Milestone a', 'Due'],
      ['Milestone c', 'Done'],
    ]);
    expect(model.followUps.map((f) => f.description)).toEqual(['Send the figures']);
  });

  it('is the same, hash and all, whenever it is built from the same quarter', () => {
    const again = buildReportModel({
      picture: q4,
      previous: q3,
      agendaOrder: [],
      draft: false,
      frozenAt,
      owner: OWNER,
    });
    expect(hashModel(again)).toBe(hashModel(model));
    expect(reportBaseName(model)).toBe('dparc-2024-25-q4-panel-report');
  });

  it('marks a report of live data as a draft, in its title and file name', () => {
    const draft = buildReportModel({
      picture: q4,
      previous: q3,
      agendaOrder: [],
      draft: true,
      frozenAt: null,
      owner: OWNER,
    });
    expect(draft.title).toBe('DPARC plan: Panel report, 2024/25 Q4 (draft)');
    expect(draft.source).toMatch(/^Draft from live data/);
    expect(reportBaseName(draft)).toBe('dparc-2024-25-q4-panel-report-draft');
  });

  it('writes commentary that looks like a formula as text in the CSV', () => {
    const csv = renderCsv(model).toString('utf8');
    expect(csv).toContain(",'=1+1 is what we were told,");
    expect(csv).toContain('\r\nExceptions\r\nNo.,Ref,Action,');
  });
});
