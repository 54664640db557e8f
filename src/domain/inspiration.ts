import type { Municipality } from './atlas.ts';
import type { GuideEntry } from './guide.ts';
import { populationDistance, similarPopulation } from './similar.ts';
import type { Theme } from './vocabulary.ts';

/** Why a suggestion is there: the reader sees it with each one. */
export type InspirationReason =
  | { kind: 'near'; km: number; nis: string }
  | { kind: 'similar'; population: number; nis: string }
  | { kind: 'theme'; theme: Theme; nis: string };

export interface Inspiration {
  entry: GuideEntry;
  reason: InspirationReason;
}

/** Within this distance an initiative counts as nearby. */
export const NEAR_KM = 25;
const PER_KIND = 3;

const centre = (m: Municipality): [number, number] =>
  m.label ?? [(m.bbox[0] + m.bbox[2]) / 2, (m.bbox[1] + m.bbox[3]) / 2];

/** Great-circle distance in km between two municipalities' label points. */
export function distanceKm(a: Municipality, b: Municipality): number {
  const [lng1, lat1] = centre(a).map((d) => (d * Math.PI) / 180) as [number, number];
  const [lng2, lat2] = centre(b).map((d) => (d * Math.PI) / 180) as [number, number];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lng2 - lng1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Initiatives elsewhere that may inspire a municipality: nearby ones (within NEAR_KM), ones in
 * municipalities of similar population (within a factor of two), and ones on themes it has no
 * initiative on (the nearest of each). Each once, with its reason; none of its own.
 */
export function inspirationFor(
  target: Municipality,
  entries: readonly GuideEntry[],
  municipality: (nis: string) => Municipality | undefined,
): Inspiration[] {
  const others = entries.filter((e) => !e.municipalities.includes(target.nis) && e.municipalities.length > 0);
  const own = new Set(entries.filter((e) => e.municipalities.includes(target.nis)).map((e) => e.initiative.theme));
  // Each entry through its municipality nearest to the target.
  const placed = others.flatMap((entry) => {
    const places = entry.municipalities.flatMap((nis) => municipality(nis) ?? []);
    const nearest = places
      .map((m) => ({ m, km: distanceKm(target, m) }))
      .sort((a, b) => a.km - b.km || a.m.nis.localeCompare(b.m.nis))[0];
    const similar = places
      .filter((m) => similarPopulation(m.population, target.population))
      .sort(
        (a, b) =>
          populationDistance(a.population, target.population) - populationDistance(b.population, target.population),
      )[0];
    return nearest ? [{ entry, nearest, similar }] : [];
  });
  const chosen = new Set<string>();
  const result: Inspiration[] = [];
  const take = (list: Inspiration[]) => {
    for (const item of list) {
      if (chosen.has(item.entry.key)) continue;
      if (result.filter((r) => r.reason.kind === item.reason.kind).length >= PER_KIND) break;
      chosen.add(item.entry.key);
      result.push(item);
    }
  };
  const byDistance = [...placed].sort((a, b) => a.nearest.km - b.nearest.km || a.entry.key.localeCompare(b.entry.key));
  take(
    byDistance
      .filter((p) => p.nearest.km <= NEAR_KM)
      .map((p) => ({ entry: p.entry, reason: { kind: 'near', km: Math.round(p.nearest.km), nis: p.nearest.m.nis } })),
  );
  take(
    placed
      .flatMap((p) => (p.similar ? [{ entry: p.entry, m: p.similar }] : []))
      .sort(
        (a, b) =>
          populationDistance(a.m.population, target.population) -
            populationDistance(b.m.population, target.population) || a.entry.key.localeCompare(b.entry.key),
      )
      .map(({ entry, m }) => ({ entry, reason: { kind: 'similar', population: m.population, nis: m.nis } })),
  );
  const missing = new Set<Theme>();
  take(
    byDistance.flatMap((p): Inspiration[] => {
      const theme = p.entry.initiative.theme;
      if (own.has(theme) || missing.has(theme) || theme === 'other') return [];
      missing.add(theme);
      return [{ entry: p.entry, reason: { kind: 'theme', theme, nis: p.nearest.m.nis } }];
    }),
  );
  return result;
}
