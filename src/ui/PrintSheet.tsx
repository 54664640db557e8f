import { useDeferredValue, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { attributionText } from '../domain/attribution.ts';
import { COVERAGE } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { mapCanvas } from '../map/mount.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { DataBanner } from './DataBanner.tsx';
import { exportDateLine } from './exportNames.ts';
import { useFilterSummary } from './filterSummary.ts';
import { Swatch } from './Legend.tsx';
import { useNames } from './names.ts';
import { PrintTable } from './PrintTable.tsx';

let pending: string | undefined;
const listeners = new Set<(image: string) => void>();

/** Hands the printed page a map image made for it (Export → Print fits the map first). */
export function setPrintImage(image: string): void {
  pending = image;
  for (const listener of listeners) listener(image);
}

/**
 * The printed page, A4 landscape: title, filters, date, what the data are, the map, the legend
 * with counts and the attribution, then the table over the next pages. Hidden on screen; with
 * Ctrl+P the map is printed as it is. The table is made only for paper (565 hidden rows would cost
 * every filter change): from Export → Print, or in `beforeprint`, committed before the layout.
 */
export function PrintSheet() {
  const { t } = useTranslation();
  const { language } = useNames();
  // Hidden until printed: it follows the view in a transition, apart from what the screen shows.
  const view = useDeferredValue(useAppStore(selectView));
  const total = useAppStore((s) => selectView(s).total);
  const filters = useFilterSummary();
  const [image, setImage] = useState(pending);
  const [withTable, setWithTable] = useState(pending !== undefined);
  useEffect(() => {
    const onImage = (next: string) => {
      setImage(next);
      setWithTable(true);
    };
    listeners.add(onImage);
    const onBeforePrint = () => {
      // Committed now: the browser lays the page out right after this event.
      flushSync(() => {
        setImage(pending ?? mapCanvas()?.toDataURL('image/png'));
        setWithTable(true);
      });
      pending = undefined;
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      listeners.delete(onImage);
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  const date = exportDateLine(t, view.asOf, language);
  return (
    <section className="print-sheet" aria-hidden="true">
      <header>
        <h1>
          {t('export.title')} · {t('filters.count', { count: view.matched.length, total })}
        </h1>
        <p>
          {t('export.filters')}: {filters} · {date}
        </p>
      </header>
      <DataBanner printed />
      <div className="print-body">
        {image && <img className="print-map" src={image} alt="" />}
        <div className="print-legend">
          <h2>{t('legend.heading')}</h2>
          <ul>
            {COVERAGE.map((c) => (
              <li key={c}>
                <Swatch color={COVERAGE_COLORS[c]} /> {t(`coverage.${c}`)} <strong>{view.classCounts[c]}</strong>
              </li>
            ))}
          </ul>
          <p>{t('facts.legend.nodata')}</p>
          <p>{t('facts.legend.law')}</p>
        </div>
      </div>
      <footer>{attributionText(t('about.credit'), language)}</footer>
      {withTable && <PrintTable view={view} />}
    </section>
  );
}
