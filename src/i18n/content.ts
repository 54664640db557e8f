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

const BRUSSELS = '04000';
const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/** "Ixelles / Elsene": both official names where they differ, one where they are the same. */
const bilingual = (fr: string, nl: string) => (!fr || !nl || fr === nl ? fr || nl : `${fr} / ${nl}`);

/**
 * The naming convention (README, "Names"). Dutch and French interfaces: the name in that
 * language. German: the German name, but Brussels bilingually. English: the English name where
 * one exists (regions, provinces), else the local name (Dutch in Flanders, French in Wallonia,
 * German in the German-speaking municipalities), and Brussels bilingually (French / Dutch).
 * The same rule serves municipalities, police zones and provinces.
 */
export function placeName(
  place: { id?: string; nis?: string; names: Names; region?: string },
  language: Language,
): string {
  if (language === 'nl' || language === 'fr') return place.names[language];
  const english = language === 'en' && place.id ? ENGLISH_AREAS[place.id] : undefined;
  if (english) return english;
  if (place.region === BRUSSELS && place.id !== BRUSSELS) return bilingual(place.names.fr, place.names.nl);
  if (language === 'de') return place.names.de;
  if (place.nis && GERMAN_SPEAKING.has(place.nis)) return place.names.de;
  return place.region === '03000' ? place.names.fr : place.names.nl;
}

/** A police zone's name by the same convention; zones have Dutch and French names only. */
export function zoneName(zone: { names: { nl: string; fr: string }; region: string }, language: Language): string {
  const { nl, fr } = zone.names;
  if (language === 'nl') return nl || fr;
  if (language === 'fr') return fr || nl;
  if (zone.region === BRUSSELS) return bilingual(fr, nl);
  return zone.region === '03000' ? fr || nl : nl || fr;
}

/** What the cells are called: CSIL-R in French, LIVC-R in the other languages. */
export const CELL_ACRONYM: Record<Language, string> = { nl: 'LIVC-R', fr: 'CSIL-R', de: 'LIVC-R', en: 'LIVC-R' };

/**
 * A cell's name in the reader's language where it begins with the product's acronym: the public
 * facts name each cell "LIVC-R Liège", which a French reader knows as "CSIL-R Liège".
 */
export const cellName = (name: string, language: Language): string =>
  name.replace(/^(LIVC-R|CSIL-R)(?=\s|$)/, CELL_ACRONYM[language]);
