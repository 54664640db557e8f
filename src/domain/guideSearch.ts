import MiniSearch from 'minisearch';
import type { GuideEntry } from './guide.ts';
import type { Theme } from './vocabulary.ts';

/** What the search reads besides the entries: names in every language. */
export interface SearchWords {
  /** The theme's name in NL, FR, DE and EN. */
  themeNames: (theme: Theme) => string[];
  /** A municipality's names in NL, FR and DE. */
  placeNames: (nis: string) => string[];
}

interface Document {
  id: string;
  title: string;
  summary: string;
  organisation: string;
  theme: string;
  places: string;
}

/** Accents and case do not count: "éducation" finds "Education", "Liège" finds "liege". */
const processTerm = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() || null;

/**
 * Full-text search over the guide (minisearch: ranking, prefixes, typos, and about 7 kB): titles,
 * summaries with their translations, organisations, theme and municipality names in every
 * language. Every word must match, each with a typo or two allowed in a long word.
 */
export class GuideSearch {
  private readonly index = new MiniSearch<Document>({
    fields: ['title', 'summary', 'organisation', 'theme', 'places'],
    processTerm,
    searchOptions: {
      boost: { title: 3, theme: 2, places: 2 },
      prefix: (term) => term.length > 3,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  constructor(entries: readonly GuideEntry[], words: SearchWords) {
    this.index.addAll(
      entries.map(({ key, initiative, municipalities }) => ({
        id: key,
        title: Object.values(initiative.title).join(' '),
        summary: Object.values(initiative.description).join(' '),
        organisation: initiative.organisation ?? '',
        theme: words.themeNames(initiative.theme).join(' '),
        places: municipalities.flatMap(words.placeNames).join(' '),
      })),
    );
  }

  /** The keys of the entries that match, best first; null for an empty query (everything matches). */
  search(query: string): string[] | null {
    if (!query.trim()) return null;
    return this.index.search(query).map((hit) => String(hit.id));
  }
}
