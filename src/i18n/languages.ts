import type { Language } from '../domain/types.ts';

/** The interface's languages, apart from their texts: the map and the URL need no more. */
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
