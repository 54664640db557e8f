import type { Lookup, Municipality } from '../../src/domain/atlas.ts';
import { normalizeName } from '../../src/domain/normalize.ts';
import { buildSearchIndex, resolveExact } from '../../src/domain/search.ts';

/** The nine municipalities of the German-speaking Community: their own language is German. */
const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/** The languages a municipality's own name is written in. */
export function localLanguages(m: Municipality): ('nl' | 'fr' | 'de')[] {
  if (GERMAN_SPEAKING.has(m.nis)) return ['de'];
  if (m.region === '04000') return ['fr', 'nl'];
  return m.region === '03000' ? ['fr'] : ['nl'];
}

export type PlaceMatch =
  | { kind: 'municipality'; nis: string; former?: string }
  | { kind: 'zone'; id: string; municipalities: string[] }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

const ZONE_PREFIX = /^(politiezone|police zone|zone de police( de)?|zp|pz|polizeizone)\s+/;

/**
 * Maps place names as sources write them to 2025 NIS codes: names in NL, FR or DE, with or
 * without Statbel's suffix, former municipalities (to the municipality they merged into), the
 * two spellings of Brussels names ("Forest / Vorst"), and police zones ("Politiezone Kouter").
 * A name shared by two municipalities (Saint-Nicolas is the French name of Sint-Niklaas and
 * the name of a town near Liège) goes to the one whose own language it is written in.
 */
export function createPlaceResolver(lookup: Lookup): (name: string) => PlaceMatch {
  const index = buildSearchIndex(lookup);
  const byNis = new Map(lookup.municipalities.map((m) => [m.nis, m]));
  const zones = new Map<string, Lookup['zones'][number]>();
  for (const zone of lookup.zones) {
    for (const name of [zone.names.nl, zone.names.fr, zone.code ?? '']) {
      if (name) zones.set(normalizeName(name).replace(ZONE_PREFIX, ''), zone);
    }
  }

  // Statbel's suffix aside: "Saint-Nicolas (Liège)" is the town's own name "Saint-Nicolas".
  const bare = (name: string) => normalizeName(name.replace(/\s*\([^)]*\)$/, ''));
  const isOwnName = (m: Municipality, key: string) =>
    localLanguages(m).some((lang) => [m.names[lang], m.officialNames?.[lang]].some((n) => n && bare(n) === key));

  const single = (name: string): PlaceMatch => {
    const key = normalizeName(name);
    const hits = resolveExact(index, name);
    if (hits.length === 1 && hits[0]) {
      const hit = hits[0];
      return hit.kind === 'former'
        ? { kind: 'municipality', nis: hit.nis, former: hit.matched }
        : { kind: 'municipality', nis: hit.nis };
    }
    if (hits.length > 1) {
      const own = hits.filter((h) => byNis.has(h.nis) && isOwnName(byNis.get(h.nis) as Municipality, key));
      if (own.length === 1 && own[0]) return { kind: 'municipality', nis: own[0].nis };
      return { kind: 'ambiguous', candidates: hits.map((h) => h.nis) };
    }
    const rest = key.replace(ZONE_PREFIX, '');
    // "Zone de police de Wanze": a zone named after one of its municipalities.
    const member = rest !== key ? resolveExact(index, rest) : [];
    const memberZone = member.length === 1 ? byNis.get(member[0]?.nis ?? '')?.zone : undefined;
    const zone = zones.get(rest) ?? lookup.zones.find((z) => z.id === memberZone);
    return zone ? { kind: 'zone', id: zone.id, municipalities: zone.municipalities } : { kind: 'unknown' };
  };

  return (name) => {
    const parts = name
      .split(' / ')
      .map((p) => p.trim())
      .filter(Boolean);
    const matches = parts.map(single);
    const first = matches[0] ?? { kind: 'unknown' };
    // "Forest / Vorst": both spellings must name the same municipality.
    const agree = matches.every(
      (m) => m.kind === 'municipality' && first.kind === 'municipality' && m.nis === first.nis,
    );
    return matches.length <= 1 || agree ? first : { kind: 'unknown' };
  };
}
