/**
 * The one reading of dates, for imports, the URL and the timeline: ISO (YYYY-MM-DD) or Belgian
 * (DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY) → ISO, if it is a real day. 2019-02-31 is refused.
 */
export function parseDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2], be[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** A day written exactly as YYYY-MM-DD that exists, as links and the date input give it. */
export const parseIsoDay = (value: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value) === value ? value : undefined;

const plausible = (year: number, month: number) => year >= 1900 && year <= 2100 && month >= 1 && month <= 12;

/**
 * A date as precise as the source gives it: a full date (as parseDate), a month (YYYY-MM,
 * MM/YYYY) or a year (YYYY) → YYYY-MM-DD, YYYY-MM or YYYY.
 */
export function parsePartialDate(value: string): string | undefined {
  const text = value.trim();
  if (/^\d{4}$/.test(text)) return plausible(Number(text), 1) ? text : undefined;
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  const beMonth = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m] = isoMonth ? [isoMonth[1], isoMonth[2]] : beMonth ? [beMonth[2], beMonth[1]] : [];
  if (y && m) return plausible(Number(y), Number(m)) ? `${y}-${m.padStart(2, '0')}` : undefined;
  return parseDate(text);
}
