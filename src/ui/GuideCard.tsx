import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideEntry } from '../domain/guide.ts';
import type { Initiative, Language } from '../domain/types.ts';
import { pickText } from '../i18n/content.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { OriginLabel, SourceLink } from './Statements.tsx';

/**
 * The summary in the reader's language. A translation says so, and offers the text as written:
 * the original is one click away, never replaced.
 */
export function Summary({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { language } = useNames();
  const [original, setOriginal] = useState(false);
  const source = initiative.descriptionLanguage;
  const picked = pickText(initiative.description, original && source ? source : language);
  if (!picked) return <p className="muted">{t('guide.noSummary')}</p>;
  const translated = !!source && picked.language !== source;
  return (
    <div className="guide-summary">
      <p lang={picked.language}>{picked.text}</p>
      {source && source !== language && initiative.description[source] && (
        <p className="meta">
          {translated && <span>{t('guide.translated', { language: t(`languages.${source}`) })} · </span>}
          <button type="button" className="link" aria-pressed={original} onClick={() => setOriginal(!original)}>
            {original ? t('guide.showTranslation') : t('guide.original', { language: t(`languages.${source}`) })}
          </button>
        </p>
      )}
    </div>
  );
}

/** "Source of 3 May 2019" with the address as a link, or the source's name when it has none. */
export function SourceLine({ initiative, language }: { initiative: Initiative; language: Language }) {
  const { t } = useTranslation();
  const label = initiative.sourceDate
    ? t('guide.sourceOn', { date: formatPartialDate(initiative.sourceDate, language) })
    : t('guide.sourceUndated');
  return (
    <>
      {initiative.sourceUrl ? <SourceLink url={initiative.sourceUrl}>{label}</SourceLink> : label}
      {initiative.source && <span> ({initiative.source})</span>}
    </>
  );
}

/** Its review state, and "may have ended: to be confirmed" when nothing recent says it runs. */
export function ReviewLine({ entry }: { entry: GuideEntry }) {
  const { t } = useTranslation();
  const { language } = useNames();
  const { initiative } = entry;
  return (
    <span className={entry.mayHaveEnded ? 'review review-ended' : 'review'}>
      {t(`guide.review.${entry.review}`)}
      {entry.review === 'evaluated' && initiative.evaluationUrl && (
        <>
          {' '}
          (<SourceLink url={initiative.evaluationUrl}>{t('guide.evaluation')}</SourceLink>)
        </>
      )}
      {initiative.confirmedOn &&
        `, ${t('guide.confirmedOn', { date: formatPartialDate(initiative.confirmedOn, language) })}`}
      {entry.mayHaveEnded && <strong> · {t('guide.review.ended')}</strong>}
    </span>
  );
}

/** One initiative of the guide, shared by all its municipalities. */
export function GuideCard({ entry }: { entry: GuideEntry }) {
  const { t } = useTranslation();
  const names = useNames();
  const frameOnMap = useAppStore((s) => s.frameOnMap);
  const { initiative } = entry;
  const title = initiative.title[entry.language] ?? '';
  return (
    <li className="guide-card" data-key={entry.key}>
      <h3 lang={entry.language}>{title}</h3>
      <p className="meta">
        {t('guide.titleLanguage', { language: t(`languages.${entry.language}`) })} · {t(`theme.${initiative.theme}`)} ·{' '}
        {initiative.startYear ? t('guide.since', { year: initiative.startYear }) : t('guide.sinceUnknown')}
      </p>
      <dl className="guide-facts">
        <dt>{t('guide.municipalities')}</dt>
        <dd>{entry.municipalities.map(names.municipality).join(', ') || '–'}</dd>
        {initiative.organisation && (
          <>
            <dt>{t('guide.organisation')}</dt>
            <dd>{initiative.organisation}</dd>
          </>
        )}
      </dl>
      <Summary initiative={initiative} />
      <p className="meta">
        <SourceLine initiative={initiative} language={names.language} /> · <OriginLabel origin={initiative.origin} />
      </p>
      <p className="meta">
        <ReviewLine entry={entry} />
      </p>
      {entry.municipalities.length > 0 && (
        <button type="button" className="guide-frame" onClick={() => frameOnMap(entry.municipalities)}>
          {t('guide.showOnMap')}
        </button>
      )}
    </li>
  );
}
