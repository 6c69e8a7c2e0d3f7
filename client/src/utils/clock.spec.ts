import { now, startClockAt } from '@/utils/clock';
import { todayIso } from '@/utils/dates';
import { staleDays } from '@/features/updates/utils/staleDays';

describe("the client's clock", () => {
  const fixed = now();
  afterEach(() => startClockAt(fixed));

  it("runs the client tests at the tests' fixed date", () => {
    expect(process.env.CLOCK_START).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(todayIso()).toBe(process.env.CLOCK_START!.slice(0, 10));
  });

  it('gives today and staleness by the app clock, not the machine clock', () => {
    startClockAt(new Date('2028-04-15T09:00:00Z'));
    expect(todayIso()).toBe('2028-04-15');
    expect(staleDays('2028-04-05T09:00:00Z')).toBe(10);
    expect(now().getUTCFullYear()).toBe(2028);
  });
});
