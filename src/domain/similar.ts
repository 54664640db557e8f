import type { Municipality } from './atlas.ts';
import { isCovered } from './coverage.ts';
import type { Coverage } from './vocabulary.ts';

/**
 * "Similar population": within a factor of two either way. Without a bound, the closest in a
 * province could be a city forty times larger (Lierde, 6,579, was offered Gent, 263,927).
 */
export const SIMILAR_FACTOR = 2;

/** How far apart two populations are on a log scale; similar below log(SIMILAR_FACTOR). */
export const populationDistance = (a: number, b: number) => Math.abs(Math.log(Math.max(1, a) / Math.max(1, b)));
export const similarPopulation = (a: number, b: number) => populationDistance(a, b) <= Math.log(SIMILAR_FACTOR);

/**
 * Municipalities to learn from: same province, an active cell, a similar population, closest on
 * a log scale first (a town of 20,000 is nearer to one of 30,000 than to a city of 200,000).
 */
export function similarMunicipalities(
  target: Municipality,
  municipalities: readonly Municipality[],
  coverage: ReadonlyMap<string, Coverage>,
  count = 3,
): Municipality[] {
  const distance = (m: Municipality) => populationDistance(m.population, target.population);
  return municipalities
    .filter(
      (m) =>
        m.nis !== target.nis &&
        m.province === target.province &&
        isCovered(coverage.get(m.nis)) &&
        similarPopulation(m.population, target.population),
    )
    .sort((a, b) => distance(a) - distance(b) || a.nis.localeCompare(b.nis))
    .slice(0, count);
}
