import type { DBSchema } from 'idb';

/**
 * The IndexedDB schema of the user's own rows. Version 1 kept one value, the whole dataset,
 * under datasets/current; version 2 keeps rows in chunks, by generation, with a meta record
 * that says which generation is current for each kind and which one the last import replaced
 * (one level of undo). A write is one transaction: it commits whole or not at all.
 */
export const DB_NAME = 'livcr-atlas';
export const DB_VERSION = 2;
/** The format of the meta record; another number is a format this version cannot read. */
export const FORMAT = 2;
export const ROWS_PER_CHUNK = 1000;
export const META_KEY = 'state';
export const LEGACY_KEY = 'current';

export type Kind = 'cells' | 'initiatives';
export const KINDS: readonly Kind[] = ['cells', 'initiatives'];

/** One kind's rows as saved: a generation of chunks, and whether they sit over the shipped rows. */
export interface KindMeta {
  generation: number;
  chunks: number;
  rows: number;
  /** Merged over the shipped content (true), or in place of it (false). */
  withShipped: boolean;
}

export interface UndoMeta {
  /** The file whose import can be undone. */
  label: string;
  /** The kinds as they were before it; null where there were none. */
  kinds: Partial<Record<Kind, KindMeta | null>>;
}

export interface StoreMeta {
  format: number;
  /** Bumped by every commit: a tab whose copy is older reads the rows again. */
  revision: number;
  savedAt: string;
  nextGeneration: number;
  kinds: Partial<Record<Kind, KindMeta>>;
  undo: UndoMeta | null;
}

export interface AtlasDB extends DBSchema {
  /** Checked before use (see meta.ts): storage may hold anything. */
  meta: { key: string; value: unknown };
  chunks: { key: [number, number]; value: unknown };
  /** Version 1's store, read once to migrate and then emptied. */
  datasets: { key: string; value: unknown };
}

export const emptyMeta = (): StoreMeta => ({
  format: FORMAT,
  revision: 0,
  savedAt: new Date(0).toISOString(),
  nextGeneration: 1,
  kinds: {},
  undo: null,
});

/** All chunks of one generation. */
export const generationRange = (generation: number) =>
  IDBKeyRange.bound([generation, 0], [generation, Number.MAX_SAFE_INTEGER]);
