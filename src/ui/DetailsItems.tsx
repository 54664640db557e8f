import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../domain/atlas.ts';
import type { Initiative, Language } from '../domain/types.ts';
import { pickText } from '../i18n/content.ts';
import { formatNumber } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { Provenance } from './Provenance.tsx';
import { SourceLink } from './Statements.tsx';
import { TranslatedText } from './TranslatedText.tsx';

function Localized({ text, wanted }: { text: Partial<Record<Language, string>>; wanted: Language }) {
  const { t } = useTranslation();
  const picked = pickText(text, wanted);
  if (!picked) return null;
  return (
    <>
      <span lang={picked.language}>{picked.text}</span>
      {picked.language !== wanted && (
        <span className="fallback">
          {' '}
          (
          {t('details.fallback', {
            language: t(`languages.${picked.language}`),
            wanted: t(`languages.${wanted}`),
          })}
          )
        </span>
      )}
    </>
  );
}

export function InitiativeItem({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { language } = useNames();
  return (
    <li className="initiative">
      <strong>
        <Localized text={initiative.title} wanted={language} />
      </strong>
      <span className="meta">
        {t(`theme.${initiative.theme}`)}
        {initiative.organisation && ` · ${initiative.organisation}`}
        {initiative.targetGroup && ` · ${t('details.targetGroup')}: ${initiative.targetGroup}`}
        {initiative.startYear && ` · ${t('details.since')} ${initiative.startYear}`}
      </span>
      {Object.keys(initiative.description).length > 0 && (
        <p>
          {initiative.descriptionLanguage ? (
            <TranslatedText
              texts={initiative.description}
              original={initiative.descriptionLanguage}
              origin={initiative.origin}
            />
          ) : (
            <Localized text={initiative.description} wanted={language} />
          )}
        </p>
      )}
      <span className="meta">
        <Provenance
          origin={initiative.origin}
          url={initiative.sourceUrl}
          date={initiative.sourceDate}
          approvedOn={initiative.updatedOn}
        />
        {initiative.source && ` · ${initiative.source}`}{' '}
        <SourceLink url={initiative.url}>{t('details.moreInfo')}</SourceLink>
      </span>
    </li>
  );
}

/** Province, police zone (with its code, or that it is unknown), population, former municipalities. */
export function MunicipalityFacts({ municipality, children }: { municipality: Municipality; children?: ReactNode }) {
  const { t } = useTranslation();
  const names = useNames();
  const zone = useAppStore((s) => s.places?.zone.get(municipality.zone));
  // The sources hold the zones of 2025 only: a past date says so (police-zones-NOTES.md).
  const past = useAppStore((s) => s.asOf !== '');
  const formerLanguage = names.language === 'en' ? 'nl' : names.language;
  return (
    <dl className="facts">
      <dt>{t('details.province')}</dt>
      <dd>{names.area(municipality.province)}</dd>
      <dt>{t('details.zone')}</dt>
      <dd>
        {names.zone(municipality.zone)} ({zone?.code ?? t('details.codeUnknown')})
        {past && <span className="meta"> {t('land.zones2025')}</span>}
      </dd>
      <dt>{t('details.population')}</dt>
      <dd>{formatNumber(municipality.population, names.language)}</dd>
      {municipality.former.length > 0 && (
        <>
          <dt>{t('details.former')}</dt>
          <dd>{municipality.former.map((f) => f.names[formerLanguage]).join(', ')}</dd>
        </>
      )}
      {children}
    </dl>
  );
}
