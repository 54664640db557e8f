import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/types.ts';
import { isLanguage, RESOURCES } from './resources.ts';

export { isLanguage, LANGUAGES } from './resources.ts';

/** The browser's first supported language, else English. `?lang=` overrides it (see state/url.ts). */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: RESOURCES,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18next;
}
