import { buildAgenda, ExceptionReason, exceptionsOf } from './agenda.js';
import type { Picture, PictureAction } from './picture.js';
import { pictureAction } from './picture.fixtures.js';

const a = pictureAction;
const pic = (actions: PictureAction[]) => ({ judgedOn: '2026-11-22', actions }) as unknown as Picture;

describe('exceptions', () => {
  it.each([
    ['red', a('1', { rag: 'RED' }), undefined, [ExceptionReason.RED]],
    ['amber that was green', a('1', { rag: 'AMBER' }), a('1'), [ExceptionReason.AMBER_WORSENING]],
    ['amber that was amber', a('1', { rag: 'AMBER' }), a('1', { rag: 'AMBER' }), []],
    ['amber with no earlier quarter', a('1', { rag: 'AMBER' }), undefined, []],
    [
      'an overdue milestone',
      a('1', { milestones: [{ id: 'm', title: 'M', dueDate: '2026-11-21', completedOn: null }] }),
      undefined,
      [ExceptionReason.OVERDUE_MILESTONE],
    ],
    [
      'a milestone due today',
      a('1', { milestones: [{ id: 'm', title: 'M', dueDate: '2026-11-22', completedOn: null }] }),
      undefined,
      [],
    ],
    ['no update', a('1', { updatedThisQuarter: false }), undefined, [ExceptionReason.NO_UPDATE]],
    ['no update, but completed', a('1', { updatedThisQuarter: false, status: 'COMPLETED' }), undefined, []],
    ['red, but cancelled', a('1', { rag: 'RED', status: 'CANCELLED' }), undefined, []],
    ['an open challenge', a('1', { openChallenge: true }), undefined, [ExceptionReason.OPEN_CHALLENGE]],
    ['nothing wrong', a('1'), undefined, []],
  ])('%s', (_name, action, previous, reasons) => {
    expect(exceptionsOf(action, previous, '2026-11-22')).toEqual(reasons);
  });
});

describe('the agenda', () => {
  const picture = pic([
    a('1.1', { updatedThisQuarter: false }),
    a('1.2'),
    a('1.3', { rag: 'RED' }),
    a('1.4', { openChallenge: true }),
  ]);

  it('lists only exceptions, most serious first, then in plan order', () => {
    expect(buildAgenda(picture, null, []).map((i) => [i.position, i.action.ref])).toEqual([
      [1, '1.3'],
      [2, '1.4'],
      [3, '1.1'],
    ]);
  });

  it("puts the reviewer's order first and ignores actions that are no longer exceptions", () => {
    expect(buildAgenda(picture, null, ['1.1', '1.2']).map((i) => i.action.ref)).toEqual([
      '1.1',
      '1.3',
      '1.4',
    ]);
  });
});
