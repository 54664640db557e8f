import { useTranslation } from 'react-i18next';
import { type Origin, originKind } from '../domain/types.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { useNames } from './names.ts';
import { OriginLabel, SourceLink } from './Statements.tsx';

/**
 * Where a row comes from and its source, said once: "Public source, 28 August 2017" is itself the
 * link (not "Public source source"); another dataset's label is followed by "source, <date>". A
 * register row with its day of approval says "Declared by the municipality, approved on …".
 */
export function Provenance({
  origin,
  url,
  date,
  approvedOn,
}: {
  origin: Origin;
  url?: string;
  date?: string;
  approvedOn?: string;
}) {
  const { t } = useTranslation();
  const { language } = useNames();
  const when = date ? formatPartialDate(date, language) : '';
  const approved = originKind(origin) === 'register' && approvedOn;
  if (originKind(origin) === 'public' && url) {
    return (
      <span className="origin origin-public">
        <SourceLink url={url}>
          {when ? `${t('facts.statement.origin.public')}, ${when}` : t('facts.statement.origin.public')}
        </SourceLink>
      </span>
    );
  }
  return (
    <>
      {approved ? (
        <span className="origin origin-register">
          {t('provenance.register', { date: formatPartialDate(approvedOn, language) })}
        </span>
      ) : (
        <OriginLabel origin={origin} />
      )}
      {url && (
        <>
          {' · '}
          <SourceLink url={url}>
            {when ? `${t('facts.statement.source')}, ${when}` : t('facts.statement.source')}
          </SourceLink>
        </>
      )}
      {!url && when && ` · ${when}`}
    </>
  );
}
