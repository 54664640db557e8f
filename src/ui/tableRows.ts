import { useMemo } from 'react';
import { type MunicipalityRow, municipalityRows } from '../domain/rows.ts';
import type { AtlasView } from '../domain/view.ts';
import { COVERAGE } from '../domain/vocabulary.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

export type Column = 'name' | 'province' | 'zone' | 'status' | 'initiatives';
/** The table's columns, on screen and on paper. */
export const COLUMNS: readonly Column[] = ['name', 'province', 'zone', 'status', 'initiatives'];
export interface Sort {
  column: Column;
  descending: boolean;
}
export const BY_NAME: Sort = { column: 'name', descending: false };

/** The rows the table shows: the filtered municipalities at the date, sorted (then by name). */
export function useTableRows(sort: Sort, of?: AtlasView): MunicipalityRow[] {
  const current = useAppStore(selectView);
  const view = of ?? current;
  const zones = useAppStore((s) => s.places?.zone);
  const names = useNames();
  return useMemo(() => {
    const rows = municipalityRows(view, (id) => zones?.get(id)?.code ?? null, names);
    const { column, descending } = sort;
    const value = (r: MunicipalityRow) =>
      column === 'status' ? COVERAGE.indexOf(r.coverage) : column === 'initiatives' ? r.initiatives : r[column];
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : names.compare(String(x), String(y));
      return (descending ? -order : order) || names.compare(a.name, b.name);
    });
    return rows;
  }, [view, zones, names, sort]);
}
