import { useTranslation } from 'react-i18next';
import type { GuideEntry } from '../domain/guide.ts';
import type { Initiative } from '../domain/types.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { Provenance } from './Provenance.tsx';
import { SourceLink } from './Statements.tsx';
import { TranslatedText } from './TranslatedText.tsx';

/** An initiative's summary, in the reader's language. */
export function Summary({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  if (Object.keys(initiative.description).length === 0) return <p className="muted">{t('guide.noSummary')}</p>;
  return (
    <p className="guide-summary">
      <TranslatedText
        texts={initiative.description}
        original={initiative.descriptionLanguage}
        origin={initiative.origin}
      />
    </p>
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
  const closeGuide = useAppStore((s) => s.closeGuide);
  // On a phone the guide fills the screen: it steps aside (and comes back as it was) to show the map.
  const showOnMap = (municipalities: string[]) => {
    if (matchMedia('(max-width: 760px)').matches) closeGuide();
    frameOnMap(municipalities);
  };
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
        <Provenance
          origin={initiative.origin}
          url={initiative.sourceUrl}
          date={initiative.sourceDate}
          approvedOn={initiative.updatedOn}
        />
        {initiative.source && ` · ${initiative.source}`}
      </p>
      <p className="meta">
        <ReviewLine entry={entry} />
      </p>
      {entry.municipalities.length > 0 && (
        <button type="button" className="guide-frame" onClick={() => showOnMap(entry.municipalities)}>
          {t('guide.showOnMap')}
        </button>
      )}
    </li>
  );
}
