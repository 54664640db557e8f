import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MunicipalityRow, municipalityRows } from '../domain/rows.ts';
import { COVERAGE } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { Swatch } from './Legend.tsx';
import { useNames } from './names.ts';
import { useDialogFocus } from './useDialogFocus.ts';

type Column = 'name' | 'province' | 'zone' | 'status' | 'initiatives';
const COLUMNS: Column[] = ['name', 'province', 'zone', 'status', 'initiatives'];

/** The rows the table shows: the filtered municipalities at the date, sorted. */
function useTableRows(sort: { column: Column; descending: boolean }): MunicipalityRow[] {
  const view = useAppStore(selectView);
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

export function TableView() {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const setPanel = useAppStore((s) => s.setPanel);
  const ref = useRef<HTMLElement>(null);
  const onKeyDown = useDialogFocus(ref, 'table', () => setPanel('none'));
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'name',
    descending: false,
  });
  const rows = useTableRows(sort);
  const sortBy = (column: Column) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  return (
    <section ref={ref} className="table-panel" aria-labelledby="table-caption" tabIndex={-1} onKeyDown={onKeyDown}>
      <table>
        <caption id="table-caption">
          {t('table.caption')} ({rows.length})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" onClick={() => sortBy(column)}>
                  {t(`table.${column}`)}
                  <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.nis} aria-current={row.nis === selected ? 'true' : undefined} data-nis={row.nis}>
              <th scope="row">
                <button type="button" className="link" onClick={() => select(row.nis, { fly: true })}>
                  {row.name}
                </button>
              </th>
              <td>{row.province}</td>
              <td>{row.zone}</td>
              <td>
                <Swatch color={COVERAGE_COLORS[row.coverage]} /> {t(`coverage.${row.coverage}`)}
              </td>
              <td className="number">{row.initiatives}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
