import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { selectCoverage, selectMatches } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { Swatch } from './Legend.tsx';
import { useNames } from './names.ts';

type Column = 'name' | 'province' | 'zone' | 'status' | 'initiatives';
const COLUMNS: Column[] = ['name', 'province', 'zone', 'status', 'initiatives'];

export interface TableRow {
  nis: string;
  name: string;
  province: string;
  zone: string;
  status: (typeof COVERAGE)[number];
  initiatives: number;
}

/** The rows the table (and the CSV export) show: the filtered municipalities, sorted. */
export function useTableRows(sort: { column: Column; descending: boolean }): TableRow[] {
  const places = useAppStore((s) => s.places);
  const matches = useAppStore(selectMatches);
  const coverage = useAppStore(selectCoverage);
  const initiatives = useAppStore((s) => s.initiatives);
  const names = useNames();
  return useMemo(() => {
    const rows = (places?.municipalities ?? [])
      .filter((m) => matches.has(m.nis))
      .map((m) => ({
        nis: m.nis,
        name: names.municipality(m.nis),
        province: names.area(m.province),
        zone: names.zone(m.zone),
        status: coverage.get(m.nis) ?? 'nodata',
        initiatives: initiatives.countIn(m.nis),
      }));
    const { column, descending } = sort;
    const value = (r: TableRow) => (column === 'status' ? COVERAGE.indexOf(r.status) : r[column]);
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : names.compare(String(x), String(y));
      return (descending ? -order : order) || names.compare(a.name, b.name);
    });
    return rows;
  }, [places, matches, coverage, initiatives, names, sort]);
}

export function TableView() {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'name',
    descending: false,
  });
  const rows = useTableRows(sort);
  const sortBy = (column: Column) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  return (
    <section className="table-panel" aria-labelledby="table-caption">
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
                <Swatch color={COVERAGE_COLORS[row.status]} /> {t(`coverage.${row.status}`)}
              </td>
              <td className="number">{row.initiatives}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
