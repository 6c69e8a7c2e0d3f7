/**
 * Wraps an async task so that calls made while it runs are merged into one more run after it:
 * a burst of events (a bulk update sends one per action) costs at most two fetches, not one each,
 * and the last run always starts after the last call.
 */
export function coalesce(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await task();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
