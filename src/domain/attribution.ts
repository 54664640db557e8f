import type { SourceAttribution } from './atlas.ts';
import type { Language } from './types.ts';

/**
 * Every source, its vintage and the attribution its licence asks for: written to
 * public/data/attribution.json for "About the data", and the one origin of the attribution text
 * on the map, the PNG export, the printed page and the fiche.
 */
export const ATTRIBUTION: SourceAttribution[] = [
  {
    id: 'boundaries',
    title: 'Municipal boundaries (AdminVector)',
    vintage: '2020-03-26, dissolved to the 565 municipalities of 2025-01-01',
    attribution: '© FPS Finance – AAPD (administrative boundaries)',
    licence: 'Open data (FPS Finance); packaged in mathiasleroy/belgium-geographic-data (MIT)',
    upstream: 'https://github.com/mathiasleroy/belgium-geographic-data',
  },
  {
    id: 'refnis',
    title: 'REFNIS codes and names, municipal mergers of 2019 and 2025',
    vintage: 'REFNIS up to 2024; mergers of 2025-01-01',
    attribution: 'Statbel',
    licence: 'Statbel open data',
    upstream: 'https://statbel.fgov.be/en/about-statbel/what-we-do/visualisation/geographical-data',
  },
  {
    id: 'population',
    title: 'Population by municipality',
    vintage: '2020-01-01',
    attribution: 'Statbel',
    licence: 'Statbel open data',
    upstream: 'https://statbel.fgov.be/en/themes/population/structure-population',
  },
  {
    id: 'postcodes',
    title: 'Postcodes by municipality (statistical sectors)',
    vintage: 'about 2018, mapped to the 2025 codes',
    attribution: 'Statbel',
    licence: 'Statbel open data',
    upstream: 'https://github.com/mathiasleroy/belgium-geographic-data',
  },
  {
    id: 'police-zones',
    title: 'Local police zones and their municipalities',
    vintage: '2025 (Flanders and Brussels: July 2025; Wallonia: 2013 plus known mergers)',
    attribution: 'Police zones: Provincies in Cijfers (2025); Open Police platform (2013) with later mergers',
    licence: 'No licence stated (Provincies in Cijfers); AGPL repository (Open Police platform)',
    upstream: 'https://github.com/provinciesincijfers/gebiedsniveaus',
  },
  {
    id: 'natural-earth',
    title: 'Neighbouring countries and the North Sea (context map)',
    vintage: 'Natural Earth 1:10m Admin 0 countries, version 4.1.0',
    attribution: 'Natural Earth',
    licence: 'Public domain; packaged on npm by world-atlas (ISC)',
    upstream: 'https://www.naturalearthdata.com/',
  },
  {
    id: 'public-facts',
    title: 'LIVC-R cells, local prevention initiatives and published counts',
    vintage: 'statements from 2016 to 2023, compiled in November 2026',
    attribution:
      'Public statements compiled by LIVC-R Atlas; each row links its source (municipal and police pages, federal and regional governments, parliaments, the press)',
    licence: 'Facts with their sources; the notes and summaries are our own words',
    upstream: '',
  },
  {
    id: 'mobile-team',
    title: 'Initiatives presented at the Mobile Team colloquium of 15-10-2018 (Anderlecht, Dison, Aalst)',
    vintage: '2018-10-15',
    attribution: 'Mobile Team, FOD Binnenlandse Zaken / SPF Intérieur',
    licence: 'Public information',
    upstream: '',
  },
];

/**
 * The attributions whose words are English, in the other languages: a Dutch, French or German
 * reader sees the boundaries credited in their language, on the map, the PNG, the fiche and the print.
 */
const TRANSLATED: Record<Exclude<Language, 'en'>, Partial<Record<string, string>>> = {
  nl: {
    boundaries: '© FOD Financiën – AAPD (administratieve grenzen)',
    'police-zones': 'Politiezones: Provincies in Cijfers (2025); Open Police-platform (2013) met latere fusies',
  },
  fr: {
    boundaries: '© SPF Finances – AGDP (limites administratives)',
    'police-zones':
      'Zones de police : Provincies in Cijfers (2025) ; plateforme Open Police (2013) et fusions ultérieures',
  },
  de: {
    boundaries: '© FÖD Finanzen – AAPD (Verwaltungsgrenzen)',
    'police-zones': 'Polizeizonen: Provincies in Cijfers (2025); Plattform Open Police (2013) mit späteren Fusionen',
  },
};

/** A source's attribution in a language (English where it needs no translating). */
export const attributionOf = (id: string, language: Language = 'en'): string =>
  (language === 'en' ? undefined : TRANSLATED[language][id]) ?? ATTRIBUTION.find((a) => a.id === id)?.attribution ?? '';

/** The boundaries' and statistics' attribution, as the map shows it. */
export const mapAttribution = (language: Language = 'en') =>
  `${attributionOf('boundaries', language)}, ${attributionOf('refnis', language)}`;
export const MAP_ATTRIBUTION = mapAttribution('en');
/** Natural Earth, for the neighbouring countries drawn as context. */
export const CONTEXT_ATTRIBUTION = attributionOf('natural-earth');

/**
 * All the attributions the licences ask for, in one line, for the PNG, the print and the fiche,
 * in the interface's language, ending with the interface's own line about the public sources.
 */
export const attributionText = (publicSourcesLine: string, language: Language = 'en') =>
  [
    ...new Set(
      ATTRIBUTION.filter((a) => a.id !== 'public-facts' && a.id !== 'mobile-team').map((a) =>
        attributionOf(a.id, language),
      ),
    ),
    publicSourcesLine,
  ].join(' · ');
