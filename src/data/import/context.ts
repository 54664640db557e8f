import { closest, distance } from 'fastest-levenshtein';
import type { Lookup, Municipality, PoliceZone } from '../../domain/atlas.ts';
import { normalizeName } from '../../domain/normalize.ts';
import { buildSearchIndex, resolveExact, type SearchIndex } from '../../domain/search.ts';

/** What resolving references in an import needs to know about places. */
export interface ImportContext {
  index: SearchIndex;
  zones: Map<string, PoliceZone>;
  municipality: Map<string, Municipality>;
  /** Province ids by normalised name (NL/FR/DE) and by code. */
  provinces: Map<string, string>;
  nameOf: (nis: string) => string;
  /** The known name nearest to an unknown one, if it is near enough to be a typo. */
  suggest: (reference: string) => string | undefined;
  /** The 2019–2024 code of a municipality merged in 2025 that a code or name names (land.ts). */
  partOf: (reference: string) => string | undefined;
}

/** Suggestions are worked out for this many distinct unknown names per worker, then no more. */
const MAX_SUGGESTIONS = 2000;

function suggester(lookup: Lookup): (reference: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const m of lookup.municipalities) {
    for (const name of [m.names.nl, m.names.fr, m.names.de]) byKey.set(normalizeName(name), name);
  }
  const keys = [...byKey.keys()];
  const cache = new Map<string, string | undefined>();
  return (reference) => {
    const key = normalizeName(reference);
    if (cache.has(key) || cache.size >= MAX_SUGGESTIONS || key.length < 3) return cache.get(key);
    const best = closest(key, keys);
    // One typo in a short name, two in a longer one: "Vervier" → Verviers, not any six-letter town.
    const found = distance(key, best) <= (key.length < 6 ? 1 : 2) ? byKey.get(best) : undefined;
    cache.set(key, found);
    return found;
  };
}

export function createImportContext(lookup: Lookup): ImportContext {
  const zones = new Map<string, PoliceZone>();
  for (const zone of lookup.zones) {
    for (const key of [zone.id, zone.code, zone.names.nl, zone.names.fr]) {
      if (!key) continue;
      zones.set(normalizeName(key), zone);
      zones.set(normalizeName(key.replace(/^(PZ|ZP)\s+/i, '')), zone);
    }
  }
  const provinces = new Map<string, string>();
  for (const p of lookup.provinces) {
    for (const key of [p.id, p.names.nl, p.names.fr, p.names.de]) provinces.set(normalizeName(key), p.id);
  }
  const municipality = new Map(lookup.municipalities.map((m) => [m.nis, m]));
  const parts = new Map<string, string>();
  for (const p of lookup.parts ?? []) {
    for (const key of [p.nis, p.names.nl, p.names.fr, p.names.de]) parts.set(normalizeName(key), p.nis);
  }
  return {
    partOf: (reference) => parts.get(normalizeName(reference)),
    index: buildSearchIndex(lookup),
    zones,
    municipality,
    provinces,
    nameOf: (nis) => municipality.get(nis)?.names.nl ?? nis,
    suggest: suggester(lookup),
  };
}

/** What else a row says about where it is, to settle a name two municipalities share. */
export interface PlaceHints {
  postcode?: string;
  zone?: string;
  province?: string;
}

export type Resolution =
  | { kind: 'placed'; nis: string; oldCode?: boolean }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

function settle(context: ImportContext, candidates: string[], hints: PlaceHints): string[] {
  const zone = hints.zone ? resolveZone(context, hints.zone)?.id : undefined;
  const province = hints.province ? context.provinces.get(normalizeName(hints.province)) : undefined;
  return candidates.filter((nis) => {
    const m = context.municipality.get(nis);
    if (!m) return false;
    if (hints.postcode && !m.postcodes.includes(hints.postcode.trim())) return false;
    if (zone && m.zone !== zone) return false;
    return !province || m.province === province;
  });
}

export function resolveMunicipality(context: ImportContext, reference: string, hints: PlaceHints = {}): Resolution {
  const hits = resolveExact(context.index, reference);
  const [first] = hits;
  if (!first) return { kind: 'unknown' };
  if (hits.length > 1) {
    const candidates = hits.map((h) => h.nis);
    const [settled, ...others] = settle(context, candidates, hints);
    return settled && others.length === 0 ? { kind: 'placed', nis: settled } : { kind: 'ambiguous', candidates };
  }
  return first.kind === 'oldNis' || first.kind === 'former'
    ? { kind: 'placed', nis: first.nis, oldCode: true }
    : { kind: 'placed', nis: first.nis };
}

export const resolveZone = (context: ImportContext, reference: string) =>
  context.zones.get(normalizeName(reference)) ??
  context.zones.get(normalizeName(reference.replace(/^(PZ|ZP)\s+/i, '')));
