import type { Names } from '../domain/atlas.ts';
import type { Language, LocalizedText } from '../domain/types.ts';

const FALLBACK: Record<Language, Language[]> = {
  nl: ['nl', 'en', 'fr', 'de'],
  fr: ['fr', 'en', 'nl', 'de'],
  de: ['de', 'fr', 'en', 'nl'],
  en: ['en', 'nl', 'fr', 'de'],
};

/** A content field in the wanted language, or the first other one there is, saying which. */
export function pickText(text: LocalizedText, wanted: Language): { text: string; language: Language } | undefined {
  for (const language of FALLBACK[wanted]) {
    const value = text[language];
    if (value) return { text: value, language };
  }
  return undefined;
}

/** Regions and provinces in English; REFNIS has only NL, FR and DE names. */
const ENGLISH_AREAS: Record<string, string> = {
  '02000': 'Flemish Region',
  '03000': 'Walloon Region',
  '04000': 'Brussels-Capital Region',
  '10000': 'Antwerp',
  '20001': 'Flemish Brabant',
  '20002': 'Walloon Brabant',
  '30000': 'West Flanders',
  '40000': 'East Flanders',
  '50000': 'Hainaut',
  '60000': 'Liège',
  '70000': 'Limburg',
  '80000': 'Luxembourg',
  '90000': 'Namur',
};

/**
 * A place's name in the language. Municipality names exist in NL, FR and DE; in English a
 * municipality goes by its local name (French in Wallonia and Brussels, else Dutch).
 */
export function placeName(place: { id?: string; names: Names; region?: string }, language: Language): string {
  if (language !== 'en') return place.names[language];
  const english = place.id ? ENGLISH_AREAS[place.id] : undefined;
  if (english) return english;
  return place.region === '03000' || place.region === '04000' ? place.names.fr : place.names.nl;
}
