import { Clock, parseClockStart } from './clock.js';

describe('the clock', () => {
  it('reads the real time when no start is set', () => {
    const clock = Clock.fromSetting(undefined);
    expect(clock.shifted).toBe(false);
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1000);
  });

  it('starts at CLOCK_START and runs on from there', async () => {
    const clock = Clock.fromSetting('2027-02-15');
    const first = clock.nowMs();
    expect(clock.shifted).toBe(true);
    expect(Math.abs(first - Date.parse('2027-02-15T09:00:00Z'))).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.nowMs()).toBeGreaterThan(first);
    expect(clock.todayIso()).toBe('2027-02-15');
  });

  it("gives today's date in the UK, which runs an hour ahead of UTC in summer", () => {
    expect(Clock.fromSetting('2027-06-30T23:30:00Z').todayIso()).toBe('2027-07-01');
    expect(Clock.fromSetting('2027-12-31T23:30:00Z').todayIso()).toBe('2027-12-31');
  });

  it('takes a date or an instant, and nothing else', () => {
    expect(parseClockStart('2028-04-15').toISOString()).toBe('2028-04-15T09:00:00.000Z');
    expect(parseClockStart('2028-04-15T10:30:00+01:00').toISOString()).toBe('2028-04-15T09:30:00.000Z');
    for (const bad of ['', 'tomorrow', '15/04/2028', '2028-13-45'])
      expect(() => parseClockStart(bad)).toThrow();
  });
});
