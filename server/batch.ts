/**
 * Group commit: calls made while a batch is being written wait and go together in the next
 * one. The first call goes at once, alone, so a quiet server adds no delay; a busy one writes
 * many rows per statement instead of one statement per row (PGlite runs them one at a time).
 */
export function batched<T, R>(write: (items: T[]) => Promise<R[]>, max = 200): (item: T) => Promise<R> {
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let writing = false;
  async function drain() {
    writing = true;
    while (queue.length > 0) {
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
        for (const b of batch) b.reject(error);
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
