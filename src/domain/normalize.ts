/**
 * The one normalisation for matching names typed by people: no accents, no case, hyphens,
 * apostrophes and dots read as spaces. "Lüttich", "LIEGE" and "liège" all become alike.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[-‐‑–—'’`´.,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
