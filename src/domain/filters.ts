import type { Municipality } from './atlas.ts';
import type { Coverage, Theme } from './vocabulary.ts';

export interface Filters {
  region: string;
  province: string;
  zone: string;
  /** The classes to show; empty for all. "Any active cell" is the three active classes. */
  status: readonly Coverage[];
  theme: Theme | '';
}

export const NO_FILTERS: Filters = { region: '', province: '', zone: '', status: [], theme: '' };
export const ANY_ACTIVE: readonly Coverage[] = ['municipal', 'zonal', 'active'];

export const hasFilters = (filters: Filters) =>
  !!(filters.region || filters.province || filters.zone || filters.status.length > 0 || filters.theme);

export interface FilterContext {
  classOf: (nis: string) => Coverage;
  /** Whether the municipality has an initiative of the theme in force at the view's date. */
  hasTheme: (nis: string, theme: Theme) => boolean;
}

export function matchesFilters(m: Municipality, filters: Filters, context: FilterContext): boolean {
  if (filters.region && m.region !== filters.region) return false;
  if (filters.province && m.province !== filters.province) return false;
  if (filters.zone && m.zone !== filters.zone) return false;
  if (filters.status.length > 0 && !filters.status.includes(context.classOf(m.nis))) return false;
  if (filters.theme && !context.hasTheme(m.nis, filters.theme)) return false;
  return true;
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
    if (next.region && places.provinceRegion(value as string) !== next.region) next.region = '';
    if (next.zone && !places.zoneProvinces(next.zone).includes(value as string)) next.zone = '';
  }
  return next;
}
