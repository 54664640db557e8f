import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FACETS, type Facet, type FacetCount } from '../domain/guide.ts';
import { bindGuideMap } from '../map/guide.ts';
import { useAppStore } from '../state/store.ts';
import { useFacetLabel } from './facetLabel.ts';
import { GuideBook, printGuide } from './GuideBook.tsx';
import { GuideCard } from './GuideCard.tsx';
import { useNames } from './names.ts';
import { useDialogFocus } from './useDialogFocus.ts';
import { useGuide } from './useGuide.ts';

/** The facets offered as lists; the municipality facet comes from a municipality's details. */
const LISTED: readonly Facet[] = FACETS.filter((f) => f !== 'municipality');

function FacetSelect({ facet, count }: { facet: Facet; count: FacetCount }) {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const label = useFacetLabel();
  const chosen = useAppStore((s) => s.guide?.facets[facet] ?? '');
  const setGuideFacet = useAppStore((s) => s.setGuideFacet);
  const counts = count.values;
  const values = [...counts.keys()].sort((a, b) =>
    facet === 'year' ? b.localeCompare(a) : names.compare(label(facet, a), label(facet, b)),
  );
  if (chosen && !counts.has(chosen)) values.unshift(chosen);
  return (
    <div className="guide-facet">
      <label htmlFor={id}>{t(`guide.facet.${facet}`)}</label>
      <select id={id} value={chosen} onChange={(e) => setGuideFacet(facet, e.target.value)}>
        <option value="">{t('guide.all', { count: count.total })}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {label(facet, value)} ({counts.get(value) ?? 0})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The guide of local initiatives: a wide pane beside the map on a desk, the whole screen on a phone. */
export function Guide() {
  const { t } = useTranslation();
  const { guide, results, counts } = useGuide();
  const closeGuide = useAppStore((s) => s.closeGuide);
  const setGuideQuery = useAppStore((s) => s.setGuideQuery);
  const openGuide = useAppStore((s) => s.openGuide);
  const setGuideFacet = useAppStore((s) => s.setGuideFacet);
  const label = useFacetLabel();
  const ref = useRef<HTMLElement>(null);
  const onKeyDown = useDialogFocus(ref, 'guide', closeGuide);
  const id = useId();
  useEffect(() => bindGuideMap(useAppStore), []);
  const municipality = guide.facets.municipality;

  return (
    <section
      ref={ref}
      className="guide"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="details-header">
        <h2 id={`${id}-title`}>{t('guide.title')}</h2>
        <div className="guide-actions">
          <button type="button" onClick={printGuide}>
            {t('guide.print')}
          </button>
          <button type="button" className="close" onClick={closeGuide}>
            {t('guide.close')}
          </button>
        </div>
      </header>
      <p className="guide-intro">{t('guide.intro')}</p>
      <div className="guide-search">
        <label htmlFor={`${id}-q`}>{t('guide.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={guide.query}
          placeholder={t('guide.searchPlaceholder')}
          onChange={(e) => setGuideQuery(e.target.value)}
        />
      </div>
      <fieldset className="guide-facets">
        <legend>{t('guide.facets')}</legend>
        {LISTED.map((facet) => (
          <FacetSelect key={facet} facet={facet} count={counts[facet]} />
        ))}
      </fieldset>
      <p className="guide-count" role="status">
        {t('guide.count', { count: results.length })}
        {municipality && (
          <>
            {' · '}
            <button type="button" className="chip" onClick={() => setGuideFacet('municipality', '')}>
              {label('municipality', municipality)} ✕
            </button>
          </>
        )}
        {(guide.query || Object.values(guide.facets).some(Boolean)) && (
          <>
            {' · '}
            <button type="button" className="link" onClick={() => openGuide({ facets: {}, query: '' })}>
              {t('guide.clear')}
            </button>
          </>
        )}
      </p>
      {results.length === 0 ? (
        <p className="muted">{t('guide.none')}</p>
      ) : (
        <ul className="guide-list" aria-label={t('guide.title')}>
          {results.map((entry) => (
            <GuideCard key={entry.key} entry={entry} />
          ))}
        </ul>
      )}
      <GuideBook entries={results} guide={guide} />
    </section>
  );
}
