import { useTranslation } from 'react-i18next';
import { isBefore2019, vintageOf } from '../domain/land.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';

/**
 * The date on view, over the map, in large type while the timeline is away from today: the year
 * can be read on the map itself as the timeline plays, with the municipalities it counts on.
 */
export function MapDate() {
  const { t, i18n } = useTranslation();
  const asOf = useAppStore((s) => s.asOf);
  const total = useAppStore((s) => selectView(s).total);
  if (!asOf) return null;
  const language = i18n.language === 'nl' || i18n.language === 'fr' || i18n.language === 'de' ? i18n.language : 'en';
  return (
    <p className="map-date" data-testid="map-date" aria-live="polite">
      <span className="map-date-year">{asOf.slice(0, 4)}</span>
      <span className="map-date-day">{formatPartialDate(asOf, language)}</span>
      <span className="map-date-base">
        {t('land.base', { count: total, year: vintageOf(asOf) })}
        {isBefore2019(asOf) && ` (${t('land.boundaries2019')})`}
      </span>
    </p>
  );
}
