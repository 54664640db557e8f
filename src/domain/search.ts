import type { Lookup, Municipality } from './atlas.ts';
import { normalizeName } from './normalize.ts';

export type MatchKind = 'name' | 'former' | 'nis' | 'oldNis' | 'postcode';

export interface SearchHit {
  nis: string;
  /** The variant that matched, as written in the data (e.g. a former name). */
  matched: string;
  kind: MatchKind;
}

interface Entry {
  key: string;
  nis: string;
  matched: string;
  kind: MatchKind;
}

export interface SearchIndex {
  entries: Entry[];
  /** Exact keys → hits, for resolving names and codes in imports. */
  exact: Map<string, SearchHit[]>;
}

function variants(m: Municipality, oldCodes: Record<string, string>): Omit<Entry, 'key'>[] {
  const official = [m.names, m.officialNames].flatMap((names) => (names ? [names.nl, names.fr, names.de] : []));
  // "Saint-Nicolas (Liège)" is also just "Saint-Nicolas", which two municipalities share.
  const own = [...official, ...official.map((name) => name.replace(/\s*\([^)]*\)$/, ''))];
  const former = m.former.flatMap((f) => [f.names.nl, f.names.fr, f.names.de]);
  const codes = Object.entries(oldCodes)
    .filter(([, nis]) => nis === m.nis)
    .map(([old]) => old);
  return [
    ...own.map((matched) => ({ nis: m.nis, matched, kind: 'name' as const })),
    ...former.map((matched) => ({ nis: m.nis, matched, kind: 'former' as const })),
    { nis: m.nis, matched: m.nis, kind: 'nis' as const },
    ...codes.map((matched) => ({ nis: m.nis, matched, kind: 'oldNis' as const })),
    ...m.postcodes.map((matched) => ({ nis: m.nis, matched, kind: 'postcode' as const })),
  ];
}

export function buildSearchIndex(lookup: Pick<Lookup, 'municipalities' | 'oldCodes'>): SearchIndex {
  const entries: Entry[] = [];
  const exact = new Map<string, SearchHit[]>();
  const seen = new Set<string>();
  for (const m of lookup.municipalities) {
    for (const v of variants(m, lookup.oldCodes)) {
      const key = normalizeName(v.matched);
      if (!key || seen.has(`${v.nis}|${key}|${v.kind}`)) continue;
      seen.add(`${v.nis}|${key}|${v.kind}`);
      entries.push({ ...v, key });
      const hits = exact.get(key) ?? [];
      if (!hits.some((h) => h.nis === v.nis)) hits.push(v);
      exact.set(key, hits);
    }
  }
  return { entries, exact };
}

const RANK: Record<MatchKind, number> = { name: 0, nis: 1, oldNis: 2, postcode: 3, former: 4 };

/** Type-ahead: whole-key matches first, then prefix, then word prefix, then anywhere. */
export function search(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const e of index.entries) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    const place = e.key === q ? 0 : at === 0 ? 1 : e.key[at - 1] === ' ' ? 2 : 3;
    scored.push({
      hit: { nis: e.nis, matched: e.matched, kind: e.kind },
      score: place * 10 + RANK[e.kind],
    });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.matched.localeCompare(b.hit.matched));
  const hits: SearchHit[] = [];
  for (const { hit } of scored) {
    if (hits.some((h) => h.nis === hit.nis)) continue;
    hits.push(hit);
    if (hits.length === limit) break;
  }
  return hits;
}

/**
 * Resolves one reference (NIS, old NIS, postcode, or a name in any language, current or
 * former) to the 2025 municipalities it can mean. A current name wins over a former one.
 */
export function resolveExact(index: SearchIndex, reference: string): SearchHit[] {
  const hits = index.exact.get(normalizeName(reference)) ?? [];
  const current = hits.filter((h) => h.kind === 'name' || h.kind === 'nis');
  return current.length > 0 ? current : hits;
}
