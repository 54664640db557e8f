import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeCoverage } from '../../src/domain/coverage.ts';
import { createPlaces } from '../../src/domain/places.ts';
import { syncMapWithStore } from '../../src/map/sync.ts';
import { INITIAL_STARTUP, startupOf } from '../../src/state/startup.ts';
import { useAppStore } from '../../src/state/store.ts';
import { cell } from './fixtures/cells.ts';

const places = createPlaces(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/lookup.json'), 'utf8')),
);
const preview = decodeCoverage(places.land.pieces, places.lookup.publicCoverage) ?? new Map();

/** A map that records what the sync asks of it; `idle()` ends a frame. */
function fakeMap() {
  const calls: { method: string; args: unknown[] }[] = [];
  let idle: (() => void)[] = [];
  const container = { dataset: {} as Record<string, string>, clientWidth: 1280, clientHeight: 800 };
  const own: Record<string, unknown> = {
    getContainer: () => container,
    once: (event: string, then: () => void) => {
      if (event === 'idle') idle.push(then);
    },
    loaded: () => true,
    getCenter: () => ({ lng: 4.5, lat: 50.5 }),
    getZoom: () => 7,
    cameraForBounds: () => undefined,
  };
  const map = new Proxy(own, {
    get: (target, method: string) =>
      target[method] ??
      ((...args: unknown[]) => {
        calls.push({ method, args });
      }),
  });
  return {
    map: map as unknown as MapLibreMap,
    calls,
    container,
    idle: () => {
      const due = idle;
      idle = [];
      for (const then of due) then();
    },
    count: (method: string) => calls.filter((c) => c.method === method).length,
  };
}

describe("the map's sync (store → map)", () => {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    vi.stubGlobal('performance', { mark: () => undefined });
    vi.stubGlobal('location', { href: 'http://localhost/' });
    useAppStore.setState({ startup: INITIAL_STARTUP, places, cells: [], dataState: null });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the preview with no feature-state, says so, and sets nothing when the data agree', () => {
    startupOf(useAppStore).decide(preview);
    const fake = fakeMap();
    const stop = syncMapWithStore(fake.map, useAppStore);
    expect(fake.count('setFeatureState')).toBe(0); // the source carries the preview's classes
    fake.idle();
    expect(useAppStore.getState().startup.drawn).toBe('preview');

    // The data as the build computed them: the class of each municipality is the same.
    const cells = [...preview]
      .filter(([, c]) => c !== 'nodata')
      .map(([nis, coverage]) =>
        cell(`c${nis}`, {
          municipalities: [nis],
          level: coverage === 'zonal' ? 'zonal' : coverage === 'unknown_level' ? 'unknown' : 'municipal',
          status: coverage === 'preparing' ? 'in_preparation' : coverage === 'none' ? 'none' : 'active',
        }),
      );
    startupOf(useAppStore).ready({ cells });
    fake.idle();
    expect(useAppStore.getState().startup.drawn).toBe('data');
    expect(fake.container.dataset.choropleth).toBe('ready');
    stop();
  });

  it('a filter change restyles only what changed, and never re-uploads geometry', () => {
    startupOf(useAppStore).decide(null);
    startupOf(useAppStore).ready({ cells: [cell('bonheiden', { municipalities: ['12005'] })] });
    const fake = fakeMap();
    const stop = syncMapWithStore(fake.map, useAppStore);
    fake.idle();
    const before = fake.calls.length;
    useAppStore.getState().setFilters({ ...useAppStore.getState().filters, province: '70000' });
    const after = fake.calls.slice(before);
    // At most one call per piece of land and per name; most of Belgium stops matching.
    const set = after.filter((c) => c.method === 'setFeatureState').length;
    expect(set).toBeGreaterThan(400);
    expect(set).toBeLessThanOrEqual(places.land.pieces.length + places.municipalities.length);
    expect(after.some((c) => /^(setData|addSource|removeSource|setStyle)$/.test(c.method))).toBe(false);
    stop();
  });
});
