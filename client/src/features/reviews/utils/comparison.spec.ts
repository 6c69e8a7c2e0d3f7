import { changeInWords, ragMovementSentence, signedPoints } from './comparison';
import { moveItem } from './agendaOrder';

describe('changes in words', () => {
  it('signs a change with a real minus sign and says it in words', () => {
    expect([signedPoints(12), signedPoints(-5), signedPoints(0)]).toEqual(['+12', '\u22125', '0']);
    expect([changeInWords(1), changeInWords(-5), changeInWords(0)]).toEqual([
      'up 1 point',
      'down 5 points',
      'no change',
    ]);
  });

  it('says when no RAG moved', () => {
    expect(ragMovementSentence([])).toBe('No action changed its RAG status.');
  });
});

describe('moving an agenda item', () => {
  it('swaps with its neighbour, and stays put at either end', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
