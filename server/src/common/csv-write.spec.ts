import { parseCsv } from '../indicators/csv.js';
import { csvCell, toCsv } from './csv-write.js';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+44 1629 000000', "'+44 1629 000000"],
    ['-3 days', "'-3 days"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', `"'\r\nreturn"`],
    // What OWASP's guidance also covers, which the first version let through:
    [' =1+1', "' =1+1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B44 1629', "'\uFF0B44 1629"],
    ['\n=1+1', `"'\r\n=1+1"`],
    ['a;=1+1', `"a;'=1+1"`],
    ['a, @SUM(A1)', `"a, '@SUM(A1)"`],
    ['done; 2 of 3 met', '"done; 2 of 3 met"'],
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['say "hello"', '"say ""hello"""'],
    ['line one\nline two', '"line one\r\nline two"'],
    ['line one\r\nline two\rthree', '"line one\r\nline two\r\nthree"'],
    ['£2.0m – on target', '£2.0m – on target'],
    ['', ''],
  ])('writes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('keeps numbers, booleans, dates and blanks typed', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(98.1)).toBe('98.1');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2025-03-31T00:00:00Z'))).toBe('2025-03-31T00:00:00.000Z');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('round-trips through the CSV reader, with a byte-order mark and CRLF', () => {
    const rows = [
      ['Reference', 'Commentary', 'Progress'],
      ['1.1', 'Said "done", then\nnot', 45],
      ['1.2', '=1+1', 0],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['Reference', 'Commentary', 'Progress'],
      ['1.1', 'Said "done", then\r\nnot', '45'],
      ['1.2', "'=1+1", '0'],
    ]);
  });

  it('ends every line, inside cells too, with CRLF', () => {
    const text = toCsv(
      [
        ['a\nb', 'c\rd'],
        ['e', 'f\r\ng'],
      ],
      { bom: false },
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves the mark out when asked', () => {
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });
});
