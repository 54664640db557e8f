import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, UTF8_BOM } from '../data/csvWrite.ts';
import { fatalText, type ImportReport, type Problem, problemText } from '../data/import/report.ts';
import { groupKey, type ProblemTotals } from '../data/import/trim.ts';

const FLAT_LIMIT = 20;
const ROWS_PER_GROUP = 100;

function ProblemRows({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <table className="problems">
      <thead>
        <tr>
          <th scope="col">{t('import.row')}</th>
          <th scope="col">{t('import.column')}</th>
          <th scope="col">{t('import.value')}</th>
          <th scope="col">{t('import.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list; one row may hold the same problem twice
          <tr key={i} className={p.severity}>
            <td className="number">{p.row}</td>
            <td>{p.column}</td>
            <td className="value">{p.value}</td>
            <td>
              <strong>{t(`import.${p.severity}`)}</strong>: {problemText(t, p)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Problems one by one when few; grouped by kind and column when many. */
function Problems({ problems, totals }: { problems: Problem[]; totals?: ProblemTotals }) {
  const groups = useMemo(() => {
    const map = new Map<string, Problem[]>();
    for (const p of problems) {
      const key = `${p.severity}|${p.code}|${p.column}`;
      const group = map.get(key);
      if (group) group.push(p);
      else map.set(key, [p]);
    }
    return [...map.values()].sort(
      (a, b) => (a[0]?.severity === 'error' ? -1 : 1) - (b[0]?.severity === 'error' ? -1 : 1),
    );
  }, [problems]);
  if (problems.length <= FLAT_LIMIT) return <ProblemRows problems={problems} />;
  return (
    <div className="problem-groups">
      {groups.map((group) =>
        group[0] ? (
          <ProblemGroup
            key={groupKey(group[0])}
            group={group}
            count={totals?.groups[groupKey(group[0])] ?? group.length}
          />
        ) : null,
      )}
    </div>
  );
}

/** One kind of problem; its rows are rendered when opened, so a big report stays light. */
function ProblemGroup({ group, count }: { group: Problem[]; count: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const first = group[0];
  if (!first) return null;
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <strong>{t(`import.${first.severity}`)}</strong> · {first.column}: {problemText(t, first)} —{' '}
        {t('import.rowsCount', { count })}
      </summary>
      {open && <ProblemRows problems={group.slice(0, ROWS_PER_GROUP)} />}
      {open && count > ROWS_PER_GROUP && <p className="meta">{t('import.more', { count: count - ROWS_PER_GROUP })}</p>}
    </details>
  );
}

export function ImportReportView({
  report,
  rejectedCsv,
  totals,
}: {
  report: ImportReport;
  rejectedCsv?: Blob;
  /** Set when the worker sent only the first problems of each kind (see trim.ts). */
  totals?: ProblemTotals;
}) {
  const { t } = useTranslation();
  const [rejectedUrl, setRejectedUrl] = useState<string>();
  useEffect(() => {
    // The data worker builds the CSV (a big report is a long task here); older callers pass rows.
    const [header, ...rows] = report.rejectedRows;
    const blob =
      rejectedCsv ??
      (header && rows.length > 0
        ? new Blob([UTF8_BOM + toCsv(header, rows)], { type: 'text/csv;charset=utf-8' })
        : undefined);
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    setRejectedUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [report, rejectedCsv]);
  const errors = totals?.errors ?? report.problems.filter((p) => p.severity === 'error').length;

  return (
    <section role="status" className="import-report" aria-label={report.fileName}>
      {report.fatal ? (
        <p className="fatal">
          {t('import.nothing', { file: report.fileName })} {fatalText(t, report.fatal)}
        </p>
      ) : (
        <>
          <p>
            <strong>{t('import.summary', { count: report.imported, total: report.totalRows })}</strong>{' '}
            {t('import.details', {
              file: report.fileName,
              kind: t(`import.kind.${report.kind ?? 'cells'}`),
              encoding: report.encoding,
              delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter,
            })}
          </p>
          <p className="meta">
            {t('importMode.counts', {
              asGiven: report.imported - report.warned,
              warned: report.warned,
              unplaced: report.unplaced,
              rejected: report.rejected,
              errors,
              warnings: totals?.warnings ?? report.problems.length - errors,
            })}
          </p>
          {report.ignoredColumns.length > 0 && (
            <p className="meta">{t('import.ignored', { list: report.ignoredColumns.join(', ') })}</p>
          )}
          {rejectedUrl && (
            <a href={rejectedUrl} download={`rejected-${report.fileName}`}>
              {t('import.downloadRejected', { count: report.rejected })}
            </a>
          )}
          {report.problems.length > 0 && <Problems problems={report.problems} {...(totals ? { totals } : {})} />}
        </>
      )}
    </section>
  );
}
