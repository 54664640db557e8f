import { useCallback, useEffect, useState } from 'react';

/**
 * A list the register gives this account (declarations, initiatives), asked again after each
 * decision. `load` must be stable (a module function or a useCallback), or it is asked at each render.
 */
export function useRegisterList<T>(load: () => Promise<T[]>) {
  const [list, setList] = useState<T[] | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    load().then(
      (found) => {
        setList(found);
        setError('');
      },
      (e: unknown) => setError(String(e instanceof Error ? e.message : e)),
    );
  }, [load]);
  useEffect(reload, [reload]);
  return { list, error, reload };
}
