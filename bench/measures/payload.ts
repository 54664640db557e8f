import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { QUANTIZATION } from '../../scripts/lib/geometry.ts';
import { round } from './stats.ts';

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Geometry, and JS + CSS, the first view fetches, in gzip bytes, against their floors. */
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
  const assets = resolve(root, 'dist/assets');
  const code = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const ours = code.reduce((sum, f) => sum + gzip(readFileSync(resolve(assets, f))), 0);
  const maplibreDir = dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));
  const maplibre = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].reduce(
    (sum, f) => sum + gzip(readFileSync(resolve(maplibreDir, f))),
    0,
  );
  const lookup = gzip(readFileSync(resolve(root, 'public/data/lookup.json')));
  return {
    geometryGzip: gzip(atlasBytes),
    floorGeometryGzip: gzip(floor),
    geometryRatio: round(gzip(atlasBytes) / gzip(floor)),
    lookupGzip: lookup,
    codeGzip: ours,
    maplibreGzip: maplibre,
    codeRatio: round(ours / maplibre),
    codeFiles: code,
  };
}
