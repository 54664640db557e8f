import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { QUANTIZATION } from '../../scripts/lib/geometry.ts';
import { gzipBytes } from '../serve.ts';
import { round } from './stats.ts';

const gzip = (bytes: Buffer | string) => gzipBytes(bytes).length;
const isCode = (file: string) => /\.(m?js|css)$/.test(file);

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
  assets?: string[];
}

/**
 * The build's JS and CSS split by Vite's manifest: initial is what the entry loads without a
 * dynamic import (its static imports, their CSS, and the workers they start); lazy is the rest.
 */
function splitBuild(dist: string): { initial: string[]; lazy: string[] } {
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    for (const file of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) if (isCode(file)) initial.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const all = readdirSync(resolve(dist, 'assets'))
    .filter(isCode)
    .map((f) => `assets/${f}`);
  return { initial: [...initial], lazy: all.filter((f) => !initial.has(f)) };
}

/** Geometry, and the JS + CSS the first view loads, in gzip bytes, against their floors. */
export function measurePayload(root: string) {
  const atlasBytes = readFileSync(resolve(root, 'public/data/atlas.topojson'));
  const atlas = JSON.parse(atlasBytes.toString('utf8')) as Topology;
  // The floor: a plain TopoJSON of the municipalities the map draws, quantized alike.
  const municipalities = feature(
    atlas as unknown as Topology<Objects<Record<string, never>>>,
    atlas.objects.municipalities as GeometryCollection<Record<string, never>>,
  );
  const floor = JSON.stringify(
    quantize(topology({ municipalities }) as unknown as Topology<Objects<Record<string, never>>>, QUANTIZATION),
  );
  const dist = resolve(root, 'dist');
  const { initial, lazy } = splitBuild(dist);
  const sizes = (files: string[]) => files.map((file) => ({ file, gzip: gzip(readFileSync(resolve(dist, file))) }));
  const sum = (files: { gzip: number }[]) => files.reduce((total, f) => total + f.gzip, 0);
  const initialFiles = sizes(initial);
  const lazyFiles = sizes(lazy);
  const maplibreDir = dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));
  const maplibre = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].reduce(
    (total, f) => total + gzip(readFileSync(resolve(maplibreDir, f))),
    0,
  );
  return {
    geometryGzip: gzip(atlasBytes),
    floorGeometryGzip: gzip(floor),
    geometryRatio: round(gzip(atlasBytes) / gzip(floor)),
    lookupGzip: gzip(readFileSync(resolve(root, 'public/data/lookup.json'))),
    initialGzip: sum(initialFiles),
    lazyGzip: sum(lazyFiles),
    maplibreGzip: maplibre,
    initialFiles,
    lazyFiles,
  };
}
