import { useTranslation } from 'react-i18next';
import { attributionText } from '../domain/attribution.ts';
import { similarMunicipalities } from '../domain/similar.ts';
import { formatDay, formatNumber } from '../i18n/format.ts';
import { selectPlaces, selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { mapHref } from '../state/url.ts';
import { DataBanner } from './DataBanner.tsx';
import { InitiativeItem, MunicipalityFacts } from './DetailsItems.tsx';
import { Inspiration } from './Inspiration.tsx';
import { useNames } from './names.ts';
import { Statements } from './Statements.tsx';

/** An unknown or mistyped code: say so, and offer the way back to the map. */
function FicheNotFound({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const back = useAppStore((s) => mapHref(s, null));
  return (
    <article className="fiche" aria-labelledby="fiche-title">
      <h1 id="fiche-title">{t('storage.fiche.unknown', { nis })}</h1>
      <p>
        <a href={back}>{t('storage.fiche.back')}</a>
      </p>
    </article>
  );
}

/** One printable page per municipality (?fiche=<NIS>), in the chosen language. */
export function Fiche({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const places = useAppStore(selectPlaces);
  const phase = useAppStore((s) => s.startup.phase);
  const view = useAppStore(selectView);
  const municipality = places?.municipality.get(nis);
  const back = useAppStore((s) => mapHref(s, nis));
  if (phase !== 'data') return <p className="fiche">{t('app.loading')}</p>;
  if (!municipality || !places) return <FicheNotFound nis={nis} />;
  const similar = similarMunicipalities(municipality, places.municipalities, view.coverage);

  return (
    <article className="fiche" aria-labelledby="fiche-title">
      <nav className="no-print fiche-actions">
        <a href={back}>{t('fiche.back')}</a>
        <button type="button" onClick={() => window.print()}>
          {t('fiche.print')}
        </button>
      </nav>
      <DataBanner />
      <p className="meta">{t('fiche.title')}</p>
      <h1 id="fiche-title">{names.municipality(nis)}</h1>
      <MunicipalityFacts municipality={municipality}>
        <dt>{t('filters.status')}</dt>
        <dd>{t(`coverage.${view.classOf(nis)}`)}</dd>
      </MunicipalityFacts>
      <h2>{t('details.cells')}</h2>
      <Statements nis={nis} />
      <h2>{t('details.initiatives')}</h2>
      {view.initiativesIn(nis).length ? (
        <ul className="initiatives" aria-label={t('details.initiatives')}>
          {view.initiativesIn(nis).map((i) => (
            <InitiativeItem key={i.id} initiative={i} />
          ))}
        </ul>
      ) : (
        <p>{t('details.noInitiatives')}</p>
      )}
      <Inspiration municipality={municipality} heading="h2" />
      <h2>{t('fiche.similar')}</h2>
      <p className="meta">{t('fiche.similarIntro')}</p>
      {similar.length === 0 && <p>{t('fiche.noSimilar')}</p>}
      {similar.map((m) => (
        <section key={m.nis} className="similar">
          <h3>
            {names.municipality(m.nis)} · {formatNumber(m.population, names.language)} ·{' '}
            {t(`coverage.${view.classOf(m.nis)}`)}
          </h3>
          {view.initiativesIn(m.nis).length ? (
            <ul className="initiatives">
              {view.initiativesIn(m.nis).map((i) => (
                <InitiativeItem key={i.id} initiative={i} />
              ))}
            </ul>
          ) : (
            <p className="meta">{t('details.noInitiatives')}</p>
          )}
        </section>
      ))}
      <p className="meta fiche-footer">
        {t('fiche.generated', { date: formatDay(new Date(), names.language) })} ·{' '}
        {attributionText(t('about.credit'), names.language)}
      </p>
    </article>
  );
}
