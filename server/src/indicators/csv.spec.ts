import { parseCsv } from './csv.js';

describe('reading CSV', () => {
  it('reads plain, quoted and multi-line fields, with either line ending', () => {
    expect(parseCsv('period,value,note\r\n2025-04-01,12,"a, b"\n2025-07-01,13,"say ""hi""\nthen"\n')).toEqual(
      [
        ['period', 'value', 'note'],
        ['2025-04-01', '12', 'a, b'],
        ['2025-07-01', '13', 'say "hi"\nthen'],
      ],
    );
  });
  it('skips blank lines and a byte-order mark, and keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/not closed/);
  });
});
