/** A subscriber that reads slower than events arrive keeps only the newest this many. */
export const MAX_QUEUED_EVENTS = 100;

/**
 * An async iterator fed by `push`. `return()` (the client unsubscribed or the socket closed)
 * ends it at once, even while a `next()` is waiting, and calls `onEnd` exactly once so the
 * caller can remove its listener.
 */
export function pushIterator<T>(onEnd: () => void): {
  push(value: T): void;
  iterator: AsyncIterableIterator<T>;
} {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let ended = false;

  const end = () => {
    if (ended) return;
    ended = true;
    queue.length = 0;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    onEnd();
  };

  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: () => {
      end();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (error: unknown) => {
      end();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  return {
    push(value) {
      if (ended) return;
      const resolve = waiting.shift();
      if (resolve) return resolve({ value, done: false });
      queue.push(value);
      if (queue.length > MAX_QUEUED_EVENTS) queue.shift();
    },
    iterator,
  };
}
