import { useTranslation } from 'react-i18next';
import { COVERAGE } from '../domain/vocabulary.ts';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { OutreachKey, OutreachSwitch } from './OutreachLegend.tsx';
import { Swatch } from './Swatch.tsx';

// Swatch lives in its own module (the outreach legend uses it too); the panels import it from here.
export { Swatch };

export function Legend() {
  const { t } = useTranslation();
  const counts = useAppStore((s) => selectView(s).classCounts);
  const partial = useAppStore((s) => selectView(s).partial.size > 0);
  const pastZones = useAppStore((s) => s.asOf !== '' && s.showZoneBorders);
  const showZoneBorders = useAppStore((s) => s.showZoneBorders);
  const showProvinceBorders = useAppStore((s) => s.showProvinceBorders);
  const setBorders = useAppStore((s) => s.setBorders);
  // The moderators' map mode: the legend is then the outreach's.
  const outreach = useAppStore((s) => s.outreachMap);

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{outreach ? t('reach.mapMode.heading') : t('legend.heading')}</h2>
      {outreach ? (
        <OutreachKey counts={outreach.counts} />
      ) : (
        <>
          <ul>
            {COVERAGE.map((c) => (
              <li key={c}>
                <Swatch color={COVERAGE_COLORS[c]} />
                <span>{t(`coverage.${c}`)}</span>
                <span className="legend-count">{counts[c]}</span>
              </li>
            ))}
          </ul>
          <p className="legend-note">{t('facts.legend.nodata')}</p>
          <p className="legend-note">{t('facts.legend.law')}</p>
          {partial && <p className="legend-note">{t('land.legendParts')}</p>}
        </>
      )}
      <OutreachSwitch />
      <label className="toggle">
        <input
          type="checkbox"
          checked={showZoneBorders}
          onChange={(e) => setBorders({ showZoneBorders: e.target.checked })}
        />
        {t('legend.zones')}
      </label>
      {pastZones && <p className="legend-note">{t('land.zones2025')}</p>}
      <label className="toggle">
        <input
          type="checkbox"
          checked={showProvinceBorders}
          onChange={(e) => setBorders({ showProvinceBorders: e.target.checked })}
        />
        {t('legend.provinces')}
      </label>
    </section>
  );
}
