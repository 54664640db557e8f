import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceAttribution } from '../domain/atlas.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';

/** Every source, its vintage and the attribution its licence asks for (public/data/attribution.json). */
export function AboutData() {
  const { t } = useTranslation();
  const zones = useAppStore((s) => s.places?.lookup.zones);
  const names = useNames();
  const [sources, setSources] = useState<SourceAttribution[]>([]);
  useEffect(() => {
    fetch(`${import.meta.env.BASE_URL}data/attribution.json`)
      .then((r) => (r.ok ? r.json() : []))
      .then(setSources, () => setSources([]));
  }, []);
  // attribution.json is in English; the locales translate it by source id, English is its own.
  const text = (s: SourceAttribution, field: 'title' | 'vintage' | 'licence' | 'attribution') =>
    t(`sources.${s.id}.${field}`, { defaultValue: s[field] });
  const unknown = (zones ?? []).filter((z) => z.code === null).map((z) => names.zone(z.id));

  return (
    <Panel title={t('about.heading')} className="about-data">
      <p>{t('about.intro')}</p>
      <h3>{t('facts.about.heading')}</h3>
      <p>{t('facts.about.public')}</p>
      <p>{t('facts.about.nodata')}</p>
      <p>{t('facts.about.dated')}</p>
      <p>{t('facts.about.examples')}</p>
      <ul className="sources">
        {sources.map((s) => (
          <li key={s.id}>
            <strong>{text(s, 'title')}</strong>
            <span className="attribution">{text(s, 'attribution')}</span>
            <span className="meta">
              {t('about.vintage')}: {text(s, 'vintage')}
            </span>
            <span className="meta">
              {t('about.licence')}: {text(s, 'licence')}
            </span>
            {s.upstream && (
              <span className="meta">
                {t('about.upstream')}: {s.upstream}
              </span>
            )}
          </li>
        ))}
      </ul>
      {unknown.length > 0 && <p>{t('about.unknownZones', { list: unknown.join(', ') })}</p>}
    </Panel>
  );
}
