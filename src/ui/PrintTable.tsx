import { useTranslation } from 'react-i18next';
import type { AtlasView } from '../domain/view.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { Swatch } from './Legend.tsx';
import { BY_NAME, COLUMNS, useTableRows } from './tableRows.ts';

/**
 * The table on paper, after the map: every municipality of the filter, by name, the same columns
 * as on screen. Its header row repeats on each page (a table header group does in print).
 */
export function PrintTable({ view }: { view: AtlasView }) {
  const { t } = useTranslation();
  const rows = useTableRows(BY_NAME, view);
  return (
    <table className="print-table">
      <caption>
        {t('table.caption')} ({rows.length})
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`table.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.nis}>
            <th scope="row">{row.name}</th>
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
  );
}
