import { resolveExact, type SearchIndex } from './search.ts';

export interface PlaceList {
  nis: string[];
  unknown: string[];
  ambiguous: string[];
}

/**
 * Municipalities typed as people write them: names in any language or NIS codes, separated by
 * ; , | or new lines, resolved exactly as the search box and the import resolve them.
 */
export function resolvePlaceList(index: SearchIndex, text: string): PlaceList {
  const result: PlaceList = { nis: [], unknown: [], ambiguous: [] };
  for (const reference of text
    .split(/[;,|\n]+/)
    .map((r) => r.trim())
    .filter(Boolean)) {
    const hits = resolveExact(index, reference);
    const codes = [...new Set(hits.map((h) => h.nis))];
    if (codes.length === 0) result.unknown.push(reference);
    else if (codes.length > 1) result.ambiguous.push(reference);
    else if (codes[0] && !result.nis.includes(codes[0])) result.nis.push(codes[0]);
  }
  return result;
}
