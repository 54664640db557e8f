/** Why the browser's storage did not keep or give back the data; each has a message in storage.problem.*. */
export type StorageProblemCode = 'quota' | 'aborted' | 'unavailable' | 'timeout' | 'newer' | 'damaged';

export interface StorageProblem {
  code: StorageProblemCode;
  /** The browser's or the check's own words, shown after the message. */
  detail: string;
}

export class StorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(`${problem.code}: ${problem.detail}`);
  }
}

export const damaged = (detail: string): StorageProblem => ({ code: 'damaged', detail });

/** QuotaExceededError, AbortError, VersionError and the rest, as one of our codes. */
export function classify(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) return { code: 'quota', detail };
  if (name === 'AbortError') return { code: 'aborted', detail };
  if (name === 'VersionError') return { code: 'newer', detail };
  if (name === 'TimeoutError') return { code: 'timeout', detail };
  return { code: 'unavailable', detail: detail || name };
}

/** Rejects with a TimeoutError when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException(`no answer within ${ms / 1000} s`, 'TimeoutError')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
