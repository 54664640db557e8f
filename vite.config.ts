import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * index.html's Content-Security-Policy allows this origin only. A basemap configured with
 * VITE_BASEMAP_TILES is the one third-party origin a deployment may add, so it is added here.
 */
function basemapInCsp(tiles: string | undefined): Plugin {
  return {
    name: 'livcr-basemap-csp',
    transformIndexHtml(html) {
      if (!tiles) return html;
      const origin = new URL(tiles.replace(/[{}]/g, '')).origin;
      return html.replace(/(img-src|connect-src) ([^;]*)/g, `$1 $2 ${origin}`);
    },
  };
}

// MapLibre GL JS 6 resolves its web worker next to its own module URL, which a bundler cannot
// see ("Worker failed to load" in dev, a 404 in production). src/map/worker-url.ts hands MapLibre the
// worker through `setWorkerUrl` with a `?worker&url` import, the route upstream documents for
// Vite (maplibre/maplibre-gl-js test/integration/bundler/vite-rolldown, issue #7339), so
// pre-bundling can stay on and dev and production behave the same.
export default defineConfig(({ mode }) => ({
  plugins: [react(), basemapInCsp(loadEnv(mode, process.cwd(), 'VITE_').VITE_BASEMAP_TILES)],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
}));
