/**
 * Group commit: calls made while a batch is being written wait and go together in the next
 * one. A batch waits only one turn of the event loop, so a quiet server adds no delay; a busy
 * one writes many rows per statement instead of one statement per row (PGlite runs them one at
 * a time).
 * A batch that fails is written again row by row, so that a row that cannot be stored fails alone.
 */
export function batched<T, R>(
  write: (items: T[]) => Promise<R[]>,
  max = 200,
  /** Whether a failed batch is worth retrying row by row: not when the database is away. */
  retryAlone: (error: unknown) => boolean = () => true,
): (item: T) => Promise<R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let writing = false;
  async function alone(b: (typeof queue)[number]) {
    try {
      const [result] = await write([b.item]);
      if (result === undefined) b.reject(new Error('the write returned no row'));
      else b.resolve(result);
    } catch (error) {
      b.reject(error);
    }
  }
  async function drain() {
    writing = true;
    while (queue.length > 0) {
      // PGlite runs a statement on this thread, so requests that came in during the last one are
      // still unparsed: one turn of the event loop lets them join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = queue.slice(0, max);
      queue = queue.slice(max);
      try {
        const results = await write(batch.map((b) => b.item));
        batch.forEach((b, i) => {
          const result = results[i];
          if (result === undefined) b.reject(new Error('the batch returned fewer rows than it was given'));
          else b.resolve(result);
        });
      } catch (error) {
        // One bad row must not fail the others: retry them one by one, so only it fails.
        if (batch.length === 1 || !retryAlone(error)) for (const b of batch) b.reject(error);
        else await Promise.all(batch.map((b) => alone(b)));
      }
    }
    writing = false;
  }
  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
