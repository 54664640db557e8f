import type { Language } from '../domain/types.ts';
import { de } from './locales/de.ts';
import { en, type Messages } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import { nl } from './locales/nl.ts';

/** The four languages' texts, for i18next, in the app and in the CLI alike. */
export const RESOURCES: Record<Language, { translation: Messages }> = {
  en: { translation: en },
  nl: { translation: nl },
  fr: { translation: fr },
  de: { translation: de },
};
