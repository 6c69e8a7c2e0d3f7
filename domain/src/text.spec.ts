import fc from 'fast-check';
import { LIMITS, tidyText } from './limits.js';
import { BROKEN_CHARACTER, CONTROL_CHARACTER, normaliseLine, storableText, textProblem } from './text.js';

describe('text that may be stored', () => {
  it.each([
    ['a\ud800b', BROKEN_CHARACTER],
    ['\udfff', BROKEN_CHARACTER],
    ['NUL \u0000 here', CONTROL_CHARACTER],
    ['bell \u0007', CONTROL_CHARACTER],
    ['delete \u007f', CONTROL_CHARACTER],
  ])('refuses %j', (value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });

  it.each(['', 'Tab\tand\nlines\r\n', '🚜 café', 'a\ud83d\ude9cb'])('accepts %j', (value) => {
    expect(textProblem(value)).toBeNull();
  });
});

describe('tidying text as it is stored', () => {
  it('trims a single-line field and joins its lines with one space', () => {
    expect(tidyText('  Cover   the\r\n  Peak District \n', LIMITS.action.title)).toBe(
      'Cover   the Peak District',
    );
    expect(normaliseLine('\t  \n ')).toBe('');
  });

  it('keeps the lines of a field of paragraphs, trimming only its ends', () => {
    expect(tidyText('\n  First.\n\nSecond.  \n', LIMITS.update.commentary)).toBe('First.\n\nSecond.');
  });

  it('gives a single line with no line break or space at its ends, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const line = normaliseLine(value);
        expect(line).not.toMatch(/[\r\n]/);
        expect(line).toBe(line.trim());
        expect(normaliseLine(line)).toBe(line);
      }),
      { numRuns: 200 },
    );
  });
});

describe('keeping text a refused request sent', () => {
  it('writes out what cannot be stored, and cuts without splitting a character', () => {
    expect(storableText('nul\u0000 and \ud800 half', 100)).toBe('nul\\u0000 and \\ud800 half');
    expect(storableText('ab🚜', 3)).toBe('ab');
    expect(storableText('Tab\tand\nline', 100)).toBe('Tab\tand\nline');
  });

  it('always gives text that may be stored, within its length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat({ max: 50 }), (value, max) => {
        const kept = storableText(value, max);
        expect(textProblem(kept)).toBeNull();
        expect(kept.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 200 },
    );
  });
});
