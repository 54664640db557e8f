import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPublishedCounts } from '../data/published.ts';
import { countsFor, PUBLISHED_SCOPES, type PublishedCount, type PublishedScope } from '../domain/published.ts';
import { formatNumber, formatPartialDate } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { SourceLink } from './Statements.tsx';

const REGION_SCOPE: Record<string, PublishedScope> = { '02000': 'Flanders', '03000': 'Wallonia', '04000': 'Brussels' };

/** The published counts, loaded on first use; empty while loading or when they cannot be read. */
export function usePublishedCounts(): PublishedCount[] {
  const [counts, setCounts] = useState<PublishedCount[]>([]);
  useEffect(() => {
    let live = true;
    loadPublishedCounts(import.meta.env.BASE_URL).then(
      (loaded) => live && setCounts(loaded),
      () => live && setCounts([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return counts;
}

function CountRows({ rows }: { rows: PublishedCount[] }) {
  const { t } = useTranslation();
  const { language } = useNames();
  const n = (value: number | null) => (value === null ? '–' : formatNumber(value, language));
  return (
    <tbody>
      {rows.map((c) => (
        <tr key={`${c.date}|${c.scope}|${c.sourceUrl}`}>
          <td>{c.date ? <time dateTime={c.date}>{formatPartialDate(c.date, language)}</time> : '–'}</td>
          <td className="num">{n(c.cells)}</td>
          <td className="num">{n(c.municipalitiesWithCell)}</td>
          <td className="num">{n(c.municipalitiesWithout)}</td>
          <td>
            <SourceLink url={c.sourceUrl}>{t('facts.published.link')}</SourceLink>
          </td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Published counts for one scope, beside what the data on screen gives. Each figure keeps its
 * date and source; figures from different sources are never added up; undated ones stand apart.
 */
export function PublishedCounts({ computed }: { computed: { cells: number; covered: number } }) {
  const { t } = useTranslation();
  const id = useId();
  const region = useAppStore((s) => s.filters.region);
  const counts = usePublishedCounts();
  const [chosen, setChosen] = useState<PublishedScope | null>(null);
  const scope = chosen ?? REGION_SCOPE[region] ?? 'Belgium';
  const { dated, undated } = countsFor(counts, scope);
  const header = (
    <thead>
      <tr>
        <th scope="col">{t('facts.published.date')}</th>
        <th scope="col">{t('facts.published.cells')}</th>
        <th scope="col">{t('facts.published.withCell')}</th>
        <th scope="col">{t('facts.published.without')}</th>
        <th scope="col">{t('facts.published.source')}</th>
      </tr>
    </thead>
  );
  return (
    <section className="published" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('facts.published.heading')}</h3>
      <p className="meta">{t('facts.published.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-scope`}>{t('facts.published.scope')}</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setChosen(e.target.value as PublishedScope)}>
          {PUBLISHED_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`facts.published.scopes.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="meta">
        {t('facts.published.computed')}: {t('firstUse.cellCount', { count: computed.cells })} ·{' '}
        {t('filters.covered', { covered: computed.covered })}
      </p>
      <table className="published-table" data-testid="published-counts">
        <caption className="visually-hidden">
          {t('facts.published.heading')} · {t(`facts.published.scopes.${scope}`)}
        </caption>
        {header}
        <CountRows rows={dated} />
      </table>
      {undated.length > 0 && (
        <table className="published-table">
          <caption>{t('facts.published.undated')}</caption>
          {header}
          <CountRows rows={undated} />
        </table>
      )}
    </section>
  );
}
