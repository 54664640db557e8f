import type { Municipality } from './atlas.ts';
import { isCovered } from './coverage.ts';
import type { Coverage } from './vocabulary.ts';

/**
 * Municipalities to learn from: same province, an active cell, population closest on a log
 * scale (a town of 20,000 is nearer to one of 30,000 than to a city of 200,000).
 */
export function similarMunicipalities(
  target: Municipality,
  municipalities: readonly Municipality[],
  coverage: ReadonlyMap<string, Coverage>,
  count = 3,
): Municipality[] {
  const distance = (m: Municipality) => Math.abs(Math.log(Math.max(1, m.population) / Math.max(1, target.population)));
  return municipalities
    .filter((m) => m.nis !== target.nis && m.province === target.province && isCovered(coverage.get(m.nis)))
    .sort((a, b) => distance(a) - distance(b) || a.nis.localeCompare(b.nis))
    .slice(0, count);
}
