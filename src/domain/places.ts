import type { AdminArea, Lookup, Municipality, PoliceZone } from './atlas.ts';
import { createLand, isBefore2025, type Land } from './land.ts';
import { buildSearchIndex, type SearchIndex } from './search.ts';

/** The lookup with the indexes every part of the app needs. Built once per load. */
export interface Places {
  lookup: Lookup;
  municipalities: Municipality[];
  municipality: Map<string, Municipality>;
  zone: Map<string, PoliceZone>;
  province: Map<string, AdminArea>;
  region: Map<string, AdminArea>;
  searchIndex: SearchIndex;
  provinceRegion: (id: string) => string;
  zoneProvinces: (id: string) => string[];
  /** The pieces of land and the municipalities of each date (src/domain/land.ts). */
  land: Land;
}

export function createPlaces(lookup: Lookup, land: Land = createLand(lookup)): Places {
  const municipality = new Map(lookup.municipalities.map((m) => [m.nis, m]));
  const zone = new Map(lookup.zones.map((z) => [z.id, z]));
  const province = new Map(lookup.provinces.map((p) => [p.id, p]));
  let searchIndex: SearchIndex | undefined;
  return {
    lookup,
    municipalities: lookup.municipalities,
    municipality,
    zone,
    province,
    region: new Map(lookup.regions.map((r) => [r.id, r])),
    // Built at the first search, not at start-up, where it stood before the first map.
    get searchIndex() {
      searchIndex ??= buildSearchIndex(lookup);
      return searchIndex;
    },
    provinceRegion: (id) => province.get(id)?.region ?? '',
    zoneProvinces: (id) => [
      ...new Set((zone.get(id)?.municipalities ?? []).map((nis) => municipality.get(nis)?.province ?? '')),
    ],
    land,
  };
}

const of2019 = new WeakMap<Places, Places>();

/**
 * The places of a date: from 1 January 2025 the 565 municipalities, before it the 581 of
 * 2019–2024 with their own names, codes and provinces. Police zones are those of 2025, made of
 * the pieces they hold. The same object for every date of a period, so memos keep.
 */
export function placesAt(places: Places, asOf: string): Places {
  if (!isBefore2025(asOf)) return places;
  let result = of2019.get(places);
  if (!result) {
    const { land, lookup } = places;
    const pieceCodes = new Set(land.pieces.map((p) => p.nis));
    const oldCodes = Object.fromEntries(
      Object.entries(lookup.oldCodes).filter(([old, nis]) => !pieceCodes.has(old) && pieceCodes.has(nis)),
    );
    const zones = lookup.zones.map((z) => ({ ...z, municipalities: z.municipalities.flatMap(land.piecesOf) }));
    const { parts: _parts, publicCoverage: _coverage, ...rest } = lookup;
    result = createPlaces({ ...rest, municipalities: [...land.pieces], zones, oldCodes }, land);
    of2019.set(places, result);
  }
  return result;
}
