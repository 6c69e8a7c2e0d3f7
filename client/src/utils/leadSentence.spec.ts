import { leadSentence } from './leadSentence';

describe('a text’s first sentence', () => {
  it('leads with the first sentence and keeps the rest', () => {
    expect(leadSentence('Rural crime costs farms. This plan sets out how. It runs to 2027.')).toEqual({
      lead: 'Rural crime costs farms.',
      rest: 'This plan sets out how. It runs to 2027.',
    });
  });

  it('gives a short text whole, with nothing more', () => {
    expect(leadSentence('One sentence only')).toEqual({ lead: 'One sentence only', rest: '' });
  });

  it('cuts a very long first sentence at a word', () => {
    const long = `${'word '.repeat(80)}end.`;
    const { lead, rest } = leadSentence(long, 50);
    expect(lead.length).toBeLessThanOrEqual(51);
    expect(lead.endsWith('…')).toBe(true);
    expect(rest.startsWith('…')).toBe(true);
  });
});
