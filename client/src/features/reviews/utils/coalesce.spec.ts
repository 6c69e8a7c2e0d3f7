import { coalesce } from './coalesce';

describe('coalescing a burst of refetches', () => {
  it('runs once more after a burst, not once per call', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const refetch = coalesce(
      () =>
        new Promise<void>((resolve) => {
          runs += 1;
          release = resolve;
        }),
    );
    const calls = Array.from({ length: 200 }, () => refetch());
    expect(runs).toBe(1);
    release();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release();
    await Promise.all(calls);
    expect(runs).toBe(2);
  });

  it('runs again for a call made after the last run finished', async () => {
    let runs = 0;
    const refetch = coalesce(async () => {
      runs += 1;
    });
    await refetch();
    await refetch();
    expect(runs).toBe(2);
  });
});
