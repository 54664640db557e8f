import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { sourcesDir } from '../../scripts/lib/paths.ts';
import { readSources } from '../../scripts/lib/sources.ts';
import { decodeAtlas, lazyAtlas } from '../../src/data/geometry.ts';
import { mergers2025 } from '../../src/domain/land.ts';
import { createPlaces } from '../../src/domain/places.ts';
import { atlasSourceData } from '../../src/map/atlasSource.ts';
import { coverageIndex, mergedOutlineId, PREVIEW_PROPERTY } from '../../src/map/layers.ts';

const built = buildData(readSources(sourcesDir()));
const text = built.files['atlas.topojson'] ?? '{}';
const topology = JSON.parse(text) as Topology;
const places = createPlaces(built.lookup);
const groups = mergers2025(places.land);

describe("the atlas's source (built in a worker, map/atlasSourceWorker.ts)", () => {
  it('holds every piece of land, the three kinds of border and one outline per 2025 merger', () => {
    const data = atlasSourceData(topology, { preview: null, groups });
    const pieces = data.features.filter((f) => !f.properties || !('kind' in f.properties));
    expect(pieces).toHaveLength(581);
    expect(pieces.every((f) => typeof f.id === 'number')).toBe(true);
    const kinds = data.features.flatMap((f) => (f.properties && 'kind' in f.properties ? [f.properties.kind] : []));
    expect(kinds.filter((k) => k === 'outline')).toHaveLength(groups.length);
    expect(new Set(kinds)).toEqual(new Set(['province', 'merged', 'former', 'outline']));
    const outlineIds = data.features.filter((f) => f.properties?.kind === 'outline').map((f) => f.id);
    expect(outlineIds).toEqual(groups.map((g) => mergedOutlineId(g.nis)));
  });

  it("gives each piece its preview class, and 'nodata' to a piece the preview does not name", () => {
    const [first, second] = places.land.pieces;
    const preview = { [first?.nis ?? '']: coverageIndex('municipal') };
    const data = atlasSourceData(topology, { preview, groups });
    const classOf = (nis?: string) =>
      data.features.find((f) => f.id === Number(nis) && !('kind' in (f.properties ?? {})))?.properties?.[
        PREVIEW_PROPERTY
      ];
    expect(classOf(first?.nis)).toBe(coverageIndex('municipal'));
    expect(classOf(second?.nis)).toBe(coverageIndex('nodata'));
  });

  it('survives the JSON text MapLibre reads it from: ids and classes are kept', () => {
    const data = atlasSourceData(topology, { preview: null, groups });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('the atlas on the page, decoded when first read', () => {
  it('decodes nothing until a part is read, then the same as decodeAtlas', () => {
    const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
    const lazy = lazyAtlas(bytes);
    expect(lazy.bytes).toBe(bytes);
    const eager = decodeAtlas(topology);
    expect(lazy.municipalities.features).toHaveLength(eager.municipalities.features.length);
    expect(lazy.zoneBorders).toEqual(eager.zoneBorders);
    expect(lazy.provinceBorders).toEqual(eager.provinceBorders);
    expect(lazy.municipalities).toBe(lazy.municipalities);
  });
});

describe('the source when its worker cannot load', () => {
  it('is built on the page, even when the worker failed before it was asked', async () => {
    const listeners: (() => void)[] = [];
    class FailingWorker {
      onmessage: unknown = null;
      onmessageerror: unknown = null;
      terminated = false;
      addEventListener(type: string, listener: () => void) {
        if (type === 'error') listeners.push(listener);
      }
      postMessage() {
        // A worker that never loaded drops every message.
      }
      terminate() {
        this.terminated = true;
      }
    }
    const original = globalThis.Worker;
    globalThis.Worker = FailingWorker as unknown as typeof Worker;
    try {
      const { requestAtlasSource, startAtlasSourceWorker } = await import('../../src/map/atlasSourceClient.ts');
      startAtlasSourceWorker();
      for (const listener of listeners) listener(); // its load fails before any job
      const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
      const source = await requestAtlasSource(bytes, null, places.land);
      expect(typeof source.data).toBe('object');
      expect(typeof source.data === 'object' && source.data.features.length).toBeGreaterThan(581);
    } finally {
      globalThis.Worker = original;
    }
  });
});
