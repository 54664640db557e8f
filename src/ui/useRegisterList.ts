import { useEffect, useMemo, useState } from 'react';
import type { RegisterPage } from '../data/registerClient.ts';
import { type Pages, registerPages } from '../state/registerPages.ts';

/**
 * A list the register gives this account (declarations, initiatives) page by page, with the
 * totals by state (state/registerPages.ts). `more` appends the next page; `reload`, after each
 * decision, starts again from the first. `load` must be stable (a module function or a
 * useCallback), or it is asked at each render.
 */
export function useRegisterList<T, S extends string>(load: (after?: number) => Promise<RegisterPage<T, S>>) {
  const [{ pages, error }, setPages] = useState<Pages<T, S>>({ pages: [], error: '' });
  const pager = useMemo(() => registerPages(load, setPages), [load]);
  useEffect(() => pager.first(), [pager]);
  const last = pages.at(-1);
  return {
    list: last ? pages.flatMap((p) => p.items) : null,
    totals: last?.totals,
    /** Every state's total together: the rows this list holds in all. */
    all: last ? Object.values<number>(last.totals).reduce((sum, n) => sum + n, 0) : 0,
    next: last?.next ?? null,
    error,
    more: pager.more,
    reload: pager.first,
  };
}
