import type { Municipality } from './atlas.ts';
import type { InitiativeTable } from './initiativeTable.ts';
import type { Coverage, Theme } from './vocabulary.ts';

export interface Filters {
  region: string;
  province: string;
  zone: string;
  status: Coverage | '';
  theme: Theme | '';
}

export const NO_FILTERS: Filters = { region: '', province: '', zone: '', status: '', theme: '' };

export const hasFilters = (filters: Filters) => Object.values(filters).some((v) => v !== '');

export interface FilterContext {
  coverage: ReadonlyMap<string, Coverage>;
  initiatives: Pick<InitiativeTable, 'hasThemeIn'>;
}

export function matchesFilters(m: Municipality, filters: Filters, context: FilterContext): boolean {
  if (filters.region && m.region !== filters.region) return false;
  if (filters.province && m.province !== filters.province) return false;
  if (filters.zone && m.zone !== filters.zone) return false;
  if (filters.status && (context.coverage.get(m.nis) ?? 'nodata') !== filters.status) return false;
  if (filters.theme && !context.initiatives.hasThemeIn(m.nis, filters.theme)) return false;
  return true;
}

export function filterMunicipalities(
  municipalities: readonly Municipality[],
  filters: Filters,
  context: FilterContext,
): Set<string> {
  return new Set(municipalities.filter((m) => matchesFilters(m, filters, context)).map((m) => m.nis));
}

/** Choosing a narrower area drops wider choices that contradict it, and the reverse. */
export function withFilter<K extends keyof Filters>(
  filters: Filters,
  key: K,
  value: Filters[K],
  places: { provinceRegion: (id: string) => string; zoneProvinces: (id: string) => string[] },
): Filters {
  const next = { ...filters, [key]: value };
  if (key === 'region' && value) {
    if (next.province && places.provinceRegion(next.province) !== value) next.province = '';
    if (next.zone && !places.zoneProvinces(next.zone).some((p) => places.provinceRegion(p) === value)) next.zone = '';
  }
  if (key === 'province' && value) {
    if (next.region && places.provinceRegion(value) !== next.region) next.region = '';
    if (next.zone && !places.zoneProvinces(next.zone).includes(value)) next.zone = '';
  }
  return next;
}
