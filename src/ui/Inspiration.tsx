import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../domain/atlas.ts';
import { dayOnView, guideEntries } from '../domain/guide.ts';
import { inspirationFor, type Inspiration as Suggestion } from '../domain/inspiration.ts';
import { initiativeInForce } from '../domain/view.ts';
import { formatNumber } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

function Reason({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const names = useNames();
  const { reason } = suggestion;
  if (reason.kind === 'near') return <>{t('guide.inspiration.near', { km: reason.km })}</>;
  if (reason.kind === 'similar')
    return <>{t('guide.inspiration.similar', { population: formatNumber(reason.population, names.language) })}</>;
  return <>{t('guide.inspiration.theme', { theme: t(`theme.${reason.theme}`) })}</>;
}

/**
 * "Initiatives elsewhere that may inspire", in a municipality's details and fiche: nearby, of
 * similar size, and on themes it has none of (domain/inspiration.ts), each saying why.
 */
export function Inspiration({
  municipality,
  heading: Heading = 'h3',
}: {
  municipality: Municipality;
  heading?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const names = useNames();
  const initiatives = useAppStore((s) => s.initiatives);
  const places = useAppStore((s) => s.places);
  const asOf = useAppStore((s) => s.asOf);
  const suggestions = useMemo(() => {
    const rows: number[] = [];
    for (let i = 0; i < initiatives.length; i++) if (initiativeInForce(initiatives.startYear(i), asOf)) rows.push(i);
    const entries = guideEntries(initiatives, rows, places, dayOnView(asOf));
    return inspirationFor(municipality, entries, (nis) => places?.municipality.get(nis));
  }, [initiatives, places, asOf, municipality]);
  return (
    <section className="inspiration" aria-label={t('guide.inspiration.title')}>
      <Heading>{t('guide.inspiration.title')}</Heading>
      {suggestions.length === 0 ? (
        <p className="muted">{t('guide.inspiration.none')}</p>
      ) : (
        <ul className="inspiration-list">
          {suggestions.map((s) => (
            <li key={s.entry.key} data-reason={s.reason.kind}>
              <strong lang={s.entry.language}>{s.entry.initiative.title[s.entry.language]}</strong>{' '}
              <span className="meta">
                {t('guide.inspiration.in', { name: names.municipality(s.reason.nis) })} ·{' '}
                {t(`theme.${s.entry.initiative.theme}`)} · <Reason suggestion={s} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
