import type { AdminArea, Lookup, Municipality, PoliceZone } from './atlas.ts';
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
}

export function createPlaces(lookup: Lookup): Places {
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
  };
}
