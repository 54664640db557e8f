import type { Language } from '../domain/types.ts';

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** A date as precise as its source, in running text: "2018", "June 2019", "28 August 2017". */
export function formatPartialDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year) return date;
  if (!month) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day || 1));
  return day
    ? format(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(value)
    : format(language, { month: 'long', year: 'numeric' }).format(value);
}

/** A moment in running text, to the minute, in local time: "29 November 2026, 02:10". */
const dateTimes = new Map<Language, Intl.DateTimeFormat>();
export function formatDateTime(date: Date, language: Language): string {
  let found = dateTimes.get(language);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' });
    dateTimes.set(language, found);
  }
  return found.format(date);
}

/** A day in running text: "29 November 2026". */
export const formatDay = (date: Date, language: Language): string =>
  format(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A count or a share in the interface's locale: "3.502.346", "13,1 %" in French, "13.1%" in English. */
export function formatNumber(
  value: number,
  language: Language,
  style: 'decimal' | 'percent' | 'megabytes' = 'decimal',
): string {
  const key = `${language}|${style}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(
      LOCALES[language],
      style === 'percent'
        ? { style, minimumFractionDigits: 1, maximumFractionDigits: 1 }
        : style === 'megabytes'
          ? { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }
          : { style },
    );
    numberFormats.set(key, found);
  }
  return found.format(style === 'megabytes' ? value / 1e6 : value);
}
