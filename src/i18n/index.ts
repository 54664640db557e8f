import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/types.ts';
import { RESOURCES } from './resources.ts';

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
