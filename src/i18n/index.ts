import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/types.ts';
import { de } from './locales/de.ts';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import { nl } from './locales/nl.ts';

export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'de', 'en'];

export const isLanguage = (value: string | null | undefined): value is Language =>
  !!value && (LANGUAGES as readonly string[]).includes(value);

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
    resources: {
      en: { translation: en },
      nl: { translation: nl },
      fr: { translation: fr },
      de: { translation: de },
    },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18next;
}
