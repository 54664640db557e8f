import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { useAppStore } from '../state/store.ts';
import { Swatch } from './Legend.tsx';
import { BY_NAME, COLUMNS, type Column, type Sort, useTableRows } from './tableRows.ts';
import { useDialogFocus } from './useDialogFocus.ts';

export function TableView() {
  const { t } = useTranslation();
  const select = useAppStore((s) => s.select);
  const selected = useAppStore((s) => s.selected);
  const setPanel = useAppStore((s) => s.setPanel);
  const ref = useRef<HTMLElement>(null);
  const onKeyDown = useDialogFocus(ref, 'table', () => setPanel('none'));
  const [sort, setSort] = useState<Sort>(BY_NAME);
  const rows = useTableRows(sort);
  const sortBy = (column: Column) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));

  return (
    <section ref={ref} className="table-panel" aria-labelledby="table-caption" tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="details-header table-header">
        <h2 id="table-caption">
          {t('table.caption')} ({rows.length})
        </h2>
        <button type="button" className="close" onClick={() => setPanel('none')}>
          {t('about.close')}
        </button>
      </header>
      {/* Words never break inside: a table wider than the panel scrolls sideways in here. */}
      <div className="table-scroll">
        <table aria-labelledby="table-caption">
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
      </div>
    </section>
  );
}
