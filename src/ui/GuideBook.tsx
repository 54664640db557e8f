import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { attributionText } from '../domain/attribution.ts';
import { FACETS, type GuideEntry } from '../domain/guide.ts';
import { THEMES } from '../domain/vocabulary.ts';
import { pickText } from '../i18n/content.ts';
import { formatDay, formatPartialDate } from '../i18n/format.ts';
import type { GuideState } from '../state/guide.ts';
import { useAppStore } from '../state/store.ts';
import { useFacetLabel } from './facetLabel.ts';
import { useNames } from './names.ts';
import { translatedKey } from './TranslatedText.tsx';

/** The guide goes to paper alone: the rest of the page steps aside while `print-guide` is set. */
export function printGuide(): void {
  const root = document.documentElement;
  root.classList.add('print-guide');
  window.addEventListener('afterprint', () => root.classList.remove('print-guide'), { once: true });
  window.print();
}

/** Text inside a CSS string: quotes and backslashes escaped (the words are our translations). */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

function Block({ entry }: { entry: GuideEntry }) {
  const { t } = useTranslation();
  const names = useNames();
  const { initiative } = entry;
  const summary = pickText(initiative.description, names.language);
  const original = initiative.descriptionLanguage;
  return (
    <article className="book-block">
      <h3 lang={entry.language}>{initiative.title[entry.language]}</h3>
      <p className="book-meta">
        {entry.municipalities.map(names.municipality).join(', ')} ·{' '}
        {initiative.startYear ? t('guide.since', { year: initiative.startYear }) : t('guide.sinceUnknown')}
      </p>
      {summary && (
        <p lang={summary.language}>
          {summary.text}
          {original && summary.language !== original && (
            <em> ({t(translatedKey(initiative.origin), { language: t(`languages.${original}`) })})</em>
          )}
        </p>
      )}
      {initiative.organisation && (
        <p>
          {t('guide.organisation')}: {initiative.organisation}
        </p>
      )}
      <p className="book-source">
        {initiative.sourceDate
          ? t('guide.sourceOn', { date: formatPartialDate(initiative.sourceDate, names.language) })
          : t('guide.source')}
        : {initiative.sourceUrl ?? initiative.source ?? '–'}
      </p>
      <p className="book-meta">
        {t(`guide.review.${entry.review}`)}
        {entry.mayHaveEnded && ` · ${t('guide.review.ended')}`}
      </p>
    </article>
  );
}

/**
 * The printed guide, A4 portrait, in the interface language: a cover (title, date, choices,
 * counts), the contents by theme, each initiative as a block no page cuts, page numbers in the
 * page margin, and the attribution. Hidden on screen.
 */
export function GuideBook({ entries, guide }: { entries: readonly GuideEntry[]; guide: GuideState }) {
  const { t } = useTranslation();
  const names = useNames();
  const label = useFacetLabel();
  const asOf = useAppStore((s) => s.asOf);
  const byTheme = THEMES.map((theme) => ({ theme, list: entries.filter((e) => e.initiative.theme === theme) })).filter(
    (group) => group.list.length > 0,
  );
  const choices = FACETS.filter((f) => guide.facets[f]).map(
    (f) => `${t(`guide.facet.${f}`)}: ${label(f, guide.facets[f] ?? '')}`,
  );
  const page = `@page guide { @bottom-center { content: ${cssString(t('guide.printed.page'))} " " counter(page) " / " counter(pages); } }`;
  return createPortal(
    <div className="guide-book" aria-hidden="true">
      <style>{page}</style>
      <section className="book-cover">
        <h1>{t('guide.printed.cover')}</h1>
        <p>{t('guide.printed.made', { date: formatDay(new Date(), names.language) })}</p>
        {asOf && <p>{t('guide.printed.asOf', { date: formatPartialDate(asOf, names.language) })}</p>}
        <p>
          {choices.length ? t('guide.printed.filters', { list: choices.join(' · ') }) : t('guide.printed.noFilters')}
        </p>
        {guide.query && <p>{t('guide.printed.query', { query: guide.query })}</p>}
        <p className="book-count">{t('guide.count', { count: entries.length })}</p>
      </section>
      <section className="book-contents">
        <h2>{t('guide.printed.contents')}</h2>
        <ol>
          {byTheme.map(({ theme, list }) => (
            <li key={theme}>
              {t(`theme.${theme}`)} ({list.length})
            </li>
          ))}
        </ol>
      </section>
      {byTheme.map(({ theme, list }) => (
        <section key={theme} className="book-theme">
          <h2>
            {t(`theme.${theme}`)} ({list.length})
          </h2>
          {list.map((entry) => (
            <Block key={entry.key} entry={entry} />
          ))}
        </section>
      ))}
      <footer className="book-attribution">
        <h2>{t('guide.printed.attribution')}</h2>
        <p>{attributionText(t('about.credit'), names.language)}</p>
      </footer>
    </div>,
    document.body,
  );
}
