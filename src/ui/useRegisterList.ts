import { useCallback, useEffect, useState } from 'react';
import type { RegisterPage } from '../data/registerClient.ts';

/**
 * A list the register gives this account (declarations, initiatives) page by page: the register
 * sends a page and the next page's cursor, with the totals by state. `more` appends the next
 * page; `reload`, after each decision, starts again from the first. `load` must be stable (a
 * module function or a useCallback), or it is asked at each render.
 */
export function useRegisterList<T, S extends string>(load: (after?: number) => Promise<RegisterPage<T, S>>) {
  const [pages, setPages] = useState<RegisterPage<T, S>[]>([]);
  const [error, setError] = useState('');
  const fetchPage = useCallback(
    (after?: number) => {
      load(after).then(
        (page) => {
          setPages((loaded) => (after ? [...loaded, page] : [page]));
          setError('');
        },
        (e: unknown) => setError(String(e instanceof Error ? e.message : e)),
      );
    },
    [load],
  );
  useEffect(() => fetchPage(), [fetchPage]);
  const last = pages.at(-1);
  return {
    list: last ? pages.flatMap((p) => p.items) : null,
    totals: last?.totals,
    next: last?.next ?? null,
    error,
    more: () => {
      if (last?.next) fetchPage(last.next);
    },
    reload: () => fetchPage(),
  };
}
