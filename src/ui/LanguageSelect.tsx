import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n/languages.ts';
import { useAppStore } from '../state/store.ts';

const ENDONYMS = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;

export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <label className="language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={language} onChange={(e) => isLanguage(e.target.value) && setLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {ENDONYMS[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
