import i18next from 'i18next';
import type { Translate } from '../data/import/report.ts';
import type { Language } from '../domain/types.ts';
import { RESOURCES } from './resources.ts';

/** A translation function outside React (npm run validate), with the app's texts and plurals. */
export function createTranslator(language: Language): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return (key, params) => instance.t(key, params ?? {});
}
