import { MAX_QUEUED_EVENTS, pushIterator } from './topic-iterator.js';

describe('the subscription iterator', () => {
  it('hands over events in order, whether they came before or after next()', async () => {
    const { push, iterator } = pushIterator<number>(() => undefined);
    push(1);
    const waiting = iterator.next();
    expect(await waiting).toEqual({ value: 1, done: false });
    const later = iterator.next();
    push(2);
    expect(await later).toEqual({ value: 2, done: false });
  });

  it('ends a waiting next() and cleans up once when the client unsubscribes', async () => {
    let ends = 0;
    const { push, iterator } = pushIterator<number>(() => (ends += 1));
    const waiting = iterator.next();
    await iterator.return!();
    await iterator.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    push(3);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(ends).toBe(1);
  });

  it('keeps only the newest events for a subscriber that does not read', async () => {
    const { push, iterator } = pushIterator<number>(() => undefined);
    for (let i = 0; i < MAX_QUEUED_EVENTS + 5; i++) push(i);
    expect(await iterator.next()).toEqual({ value: 5, done: false });
  });
});
