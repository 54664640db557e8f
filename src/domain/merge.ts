export type ImportMode = 'replace' | 'merge';

/**
 * Replace: the file's rows are the new data. Merge: a row with an id already present replaces
 * that row in place; new ids are appended. Nothing else is touched.
 */
export function combine<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
): T[] {
  if (mode === 'replace') return [...incoming];
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const merged = current.map((item) => byId.get(item.id) ?? item);
  const known = new Set(current.map((item) => item.id));
  return [...merged, ...incoming.filter((item) => !known.has(item.id))];
}
