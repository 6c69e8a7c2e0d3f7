import { quarterOf } from './quarters.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('UK financial-year quarters', () => {
  it.each([
    ['2026-04-01', 1, 2026, '2026-04-01', '2026-06-30', 'Q1 2026/27'],
    ['2026-06-30', 1, 2026, '2026-04-01', '2026-06-30', 'Q1 2026/27'],
    ['2026-07-01', 2, 2026, '2026-07-01', '2026-09-30', 'Q2 2026/27'],
    ['2026-11-22', 3, 2026, '2026-10-01', '2026-12-31', 'Q3 2026/27'],
    ['2027-01-01', 4, 2026, '2027-01-01', '2027-03-31', 'Q4 2026/27'],
    ['2028-02-29', 4, 2027, '2028-01-01', '2028-03-31', 'Q4 2027/28'],
    ['2099-12-31', 3, 2099, '2099-10-01', '2099-12-31', 'Q3 2099/00'],
  ])('%s is in Q%s of %s', (date, quarter, fy, start, end, label) => {
    expect(quarterOf(d(date))).toEqual({ quarter, financialYear: fy, start: d(start), end: d(end), label });
  });

  it('puts every day of several years in exactly one quarter, which contains it', () => {
    let previous = quarterOf(d('2023-04-01'));
    for (let t = d('2023-04-01').getTime(); t < d('2031-04-01').getTime(); t += 86_400_000) {
      const day = new Date(t);
      const q = quarterOf(day);
      expect(q.start.getTime()).toBeLessThanOrEqual(t);
      expect(q.end.getTime()).toBeGreaterThanOrEqual(t);
      if (q.label !== previous.label) {
        // quarters follow on with no gap or overlap
        expect(q.start.getTime()).toBe(previous.end.getTime() + 86_400_000);
        previous = q;
      }
    }
  });
});
