import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeAtlas, outlinesOf } from '../data/geometry.ts';
import { nisOfFeature } from '../domain/atlas.ts';
import { type BorderKind, coverageIndex, mergedOutlineId, PREVIEW_PROPERTY } from './layers.ts';

/**
 * What the atlas's source is made of, given to the worker that builds it (atlasSourceWorker.ts):
 * the shipped atlas.topojson's bytes, the preview's class index per municipality (layers.ts's
 * `coverageIndex`), if any, and the pieces of land of each 2025 merger.
 */
export interface AtlasSourceJob {
  topology: ArrayBuffer;
  preview: Record<string, number> | null;
  groups: { nis: string; pieces: readonly string[] }[];
}

const NO_DATA = coverageIndex('nodata');

export type AtlasSourceReply = { blob: Blob } | { error: string };

/**
 * The atlas's one GeoJSON source (layers.ts's SOURCES.municipalities): the pieces of land, each
 * with its preview class if there is one, then the province borders, the 2025 mergers' borders,
 * and each merger's own outline, so that hovering or selecting it outlines the municipality, not
 * its former parts. Pure: the worker runs it, and the page when the worker cannot.
 */
export function atlasSourceData(topology: Topology, job: Omit<AtlasSourceJob, 'topology'>): FeatureCollection {
  const geometry = decodeAtlas(topology);
  const kind = (border: Feature<MultiLineString>, k: BorderKind) => ({ ...border, properties: { kind: k } });
  const outlines = outlinesOf(topology, job.groups).map(({ nis, outline }) => ({
    ...kind({ type: 'Feature', geometry: outline, properties: null }, 'outline'),
    id: mergedOutlineId(nis),
  }));
  const { preview } = job;
  const pieces = geometry.municipalities.features;
  return {
    type: 'FeatureCollection',
    features: [
      ...(preview
        ? pieces.map((f) => ({
            ...f,
            properties: { [PREVIEW_PROPERTY]: preview[nisOfFeature(f.id ?? '')] ?? NO_DATA },
          }))
        : pieces),
      kind(geometry.provinceBorders, 'province'),
      kind(geometry.mergedBorders, 'merged'),
      kind(geometry.formerBorders, 'former'),
      ...outlines,
    ],
  };
}
