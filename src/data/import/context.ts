import type { Lookup, PoliceZone } from '../../domain/atlas.ts';
import { normalizeName } from '../../domain/normalize.ts';
import { buildSearchIndex, resolveExact, type SearchIndex } from '../../domain/search.ts';

/** What resolving references in an import needs to know about places. */
export interface ImportContext {
  index: SearchIndex;
  zones: Map<string, PoliceZone>;
  nameOf: (nis: string) => string;
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
  const names = new Map(lookup.municipalities.map((m) => [m.nis, m.names.nl]));
  return { index: buildSearchIndex(lookup), zones, nameOf: (nis) => names.get(nis) ?? nis };
}

export type Resolution =
  | { kind: 'placed'; nis: string; oldCode?: boolean }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

export function resolveMunicipality(context: ImportContext, reference: string): Resolution {
  const hits = resolveExact(context.index, reference);
  const [first] = hits;
  if (!first) return { kind: 'unknown' };
  if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.map((h) => h.nis) };
  return first.kind === 'oldNis' || first.kind === 'former'
    ? { kind: 'placed', nis: first.nis, oldCode: true }
    : { kind: 'placed', nis: first.nis };
}

export const resolveZone = (context: ImportContext, reference: string) =>
  context.zones.get(normalizeName(reference)) ??
  context.zones.get(normalizeName(reference.replace(/^(PZ|ZP)\s+/i, '')));
