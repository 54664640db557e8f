import type { RegisterPage } from '../data/registerClient.ts';

/** A register list as shown: the pages loaded so far, and the last refusal, if any. */
export interface Pages<T, S extends string> {
  pages: RegisterPage<T, S>[];
  error: string;
}

/**
 * The paging of a register list (declarations, initiatives), apart from React: `first` asks the
 * first page again (after a decision), `more` the next one. Each first page starts a generation:
 * a page asked before the last `first` is dropped when it comes, so that it is neither appended
 * to the new first page nor shown in its place. While a first page is on its way, `more` waits
 * (the cursor shown is the old list's), and a page already on its way is not asked twice.
 */
export function registerPages<T, S extends string>(
  load: (after?: number) => Promise<RegisterPage<T, S>>,
  publish: (pages: Pages<T, S>) => void,
) {
  let shown: Pages<T, S> = { pages: [], error: '' };
  let generation = 0;
  /** The page on its way: the first, or the one after this cursor. */
  let asking: 'first' | number | null = null;
  const show = (next: Pages<T, S>) => {
    shown = next;
    publish(next);
  };
  const ask = (after?: number) => {
    if (after === undefined) generation += 1;
    else if (asking !== null) return;
    const asked = generation;
    asking = after ?? 'first';
    const settle = (next: () => Pages<T, S>) => {
      if (asked !== generation) return;
      asking = null;
      show(next());
    };
    load(after).then(
      (page) => settle(() => ({ pages: after ? [...shown.pages, page] : [page], error: '' })),
      (e: unknown) => settle(() => ({ ...shown, error: String(e instanceof Error ? e.message : e) })),
    );
  };
  return {
    first: () => ask(),
    more: () => {
      const next = shown.pages.at(-1)?.next;
      if (next) ask(next);
    },
  };
}
