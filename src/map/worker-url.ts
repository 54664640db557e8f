import { prewarm, setWorkerUrl } from 'maplibre-gl';
// Vite bundles MapLibre's worker (with its shared chunk) and hands back its URL; MapLibre 6
// cannot find it on its own under a bundler. See vite.config.ts.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's workers now, while the places and the geometry load, rather than when the
 * map's style loads: fetching and compiling the worker is on the way to the first map.
 */
export const startMapWorkers = () => prewarm();
