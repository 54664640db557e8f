import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// MapLibre GL JS 6 resolves its web worker next to its own module URL, which a bundler cannot
// see ("Worker failed to load" in dev, a 404 in production). src/map/worker.ts hands MapLibre the
// worker through `setWorkerUrl` with a `?worker&url` import, the route upstream documents for
// Vite (maplibre/maplibre-gl-js test/integration/bundler/vite-rolldown, issue #7339), so
// pre-bundling can stay on and dev and production behave the same.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
