import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { outputDir } from '../scripts/lib/paths.ts';
import { CELL_FIELDS, INITIATIVE_FIELDS } from '../src/data/import/columns.ts';
import { createImportContext, type ImportContext } from '../src/data/import/context.ts';
import type { Lookup } from '../src/domain/atlas.ts';

/** What the register reads from the built data (npm run data): places and the shipped public facts. */
export interface ShippedData {
  lookup: Lookup;
  /** The import's place index: declarations are resolved exactly as an imported file is. */
  context: ImportContext;
  /** public/data/cells.csv and initiatives.csv as built: the snapshot starts from them. */
  cellsCsv: string;
  initiativesCsv: string;
  /** public/data/atlas.topojson: the first map of the snapshot is drawn from it (firstMap.ts). */
  topology: Topology;
}

const headerOf = (csv: string) => csv.slice(0, csv.indexOf('\n')).replace(/\r$/, '');

export function loadShippedData(dir = outputDir()): ShippedData {
  const lookupFile = resolve(dir, 'lookup.json');
  if (!existsSync(lookupFile)) throw new Error(`${lookupFile} is missing: run npm run data first.`);
  const lookup = JSON.parse(readFileSync(lookupFile, 'utf8')) as Lookup;
  const cellsCsv = readFileSync(resolve(dir, 'cells.csv'), 'utf8');
  const initiativesCsv = readFileSync(resolve(dir, 'initiatives.csv'), 'utf8');
  // The snapshot appends register rows under these headers: they must be the import schema's.
  if (headerOf(cellsCsv) !== CELL_FIELDS.join(',') || headerOf(initiativesCsv) !== INITIATIVE_FIELDS.join(',')) {
    throw new Error(`${dir}: cells.csv or initiatives.csv is not in the import schema; run npm run data.`);
  }
  const topology = JSON.parse(readFileSync(resolve(dir, 'atlas.topojson'), 'utf8')) as Topology;
  return { lookup, context: createImportContext(lookup), cellsCsv, initiativesCsv, topology };
}
