/** mulberry32: a tiny seeded PRNG, so that the demonstration data is the same on every build. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

export function randomDate(random: () => number, from: string, to: string): string {
  const start = Date.parse(from);
  const day = 86_400_000;
  const offset = Math.floor((random() * (Date.parse(to) - start)) / day) * day;
  return new Date(start + offset).toISOString().slice(0, 10);
}
