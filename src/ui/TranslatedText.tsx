import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, type LocalizedText, type Origin, originKind } from '../domain/types.ts';
import { pickText } from '../i18n/content.ts';
import { useNames } from './names.ts';

/** Who translated a row's texts: the atlas, or (through the register) the declaring municipality. */
export const translatedKey = (origin: Origin | undefined) =>
  origin && originKind(origin) === 'register' ? 'guide.translatedByMunicipality' : 'guide.translated';

/**
 * A text in the reader's language. A translation says so, and offers the text as written: the
 * original is one click away, never replaced. `original` names the language written in.
 */
export function TranslatedText({
  texts,
  original,
  className,
  origin,
}: {
  texts: LocalizedText;
  original: Language | undefined;
  className?: string;
  /** The row's dataset, which says who translated it. */
  origin?: Origin;
}) {
  const { t } = useTranslation();
  const { language } = useNames();
  const [showOriginal, setShowOriginal] = useState(false);
  const picked = pickText(texts, showOriginal && original ? original : language);
  if (!picked) return null;
  const translated = !!original && picked.language !== original;
  return (
    <span className={className}>
      <span lang={picked.language}>{picked.text}</span>
      {original && original !== language && texts[original] && (
        <span className="translation meta">
          {' '}
          {translated && <span>({t(translatedKey(origin), { language: t(`languages.${original}`) })}) </span>}
          <button
            type="button"
            className="link"
            aria-pressed={showOriginal}
            onClick={() => setShowOriginal(!showOriginal)}
          >
            {showOriginal ? t('guide.showTranslation') : t('guide.original', { language: t(`languages.${original}`) })}
          </button>
        </span>
      )}
    </span>
  );
}
