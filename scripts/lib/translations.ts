import type { Language } from '../../src/domain/types.ts';
import { DataBuildError } from './errors.ts';
import type { CsvRow } from './sources.ts';

export type Translated = Record<Exclude<Language, 'en'>, string>;
/** The translations of an English text, or a loud failure naming the row that lacks them. */
export type Translate = (english: string, file: string, index: number) => Translated;

const OTHERS = ['nl', 'fr', 'de'] as const;

/**
 * Our translations of the public files' English summaries and notes (NL, FR, DE), keyed by the
 * English text itself: the source rows carry no id, and their numbers shift as rows are added,
 * while the same text (a summary shared by several rows, say) needs translating once.
 */
export function translator(rows: CsvRow[], file: string): Translate {
  const byEnglish = new Map<string, Translated>();
  rows.forEach((row, index) => {
    const english = row.en ?? '';
    const missing = OTHERS.filter((l) => !row[l]);
    if (!english || missing.length > 0)
      throw new DataBuildError(file, `row ${index + 2}: ${english ? missing.join(', ') : 'en'} is empty`);
    if (byEnglish.has(english)) throw new DataBuildError(file, `row ${index + 2}: the same English text twice`);
    byEnglish.set(english, { nl: row.nl ?? '', fr: row.fr ?? '', de: row.de ?? '' });
  });
  return (english, source, index) => {
    const found = byEnglish.get(english);
    if (!found)
      throw new DataBuildError(source, `row ${index + 2}: "${english.slice(0, 60)}…" has no translation in ${file}`);
    return found;
  };
}

/** No translations: every text stays in English only (sources given in code, as tests do). */
export const untranslated: Translate = () => ({ nl: '', fr: '', de: '' });

/** The build's own sentences, in the four languages. */
export const BUILD_SENTENCES = {
  colloquium: (title: string): Record<Language, string> => ({
    en: `Presented by the Mobile Team at its colloquium of 15-10-2018 as "${title}".`,
    nl: `Door het Mobiel Team voorgesteld op zijn colloquium van 15-10-2018 als "${title}".`,
    fr: `Présenté par la Mobile Team à son colloque du 15-10-2018 sous le nom « ${title} ».`,
    de: `Vom Mobile Team auf seinem Kolloquium vom 15.10.2018 als „${title}“ vorgestellt.`,
  }),
  former: (name: string): Record<Language, string> => ({
    en: `About the former municipality ${name}. `,
    nl: `Over de voormalige gemeente ${name}. `,
    fr: `À propos de l’ancienne commune ${name}. `,
    de: `Über die ehemalige Gemeinde ${name}. `,
  }),
};
