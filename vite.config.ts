import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { OWN_ROWS_KEY } from './src/data/ownRows.ts';
import { firstMapGate } from './src/map/firstMapGate.ts';
import { FIRST_MAP_CLICK, FIRST_MAP_ID, NO_FIRST_MAP } from './src/map/firstMapIds.ts';

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

/**
 * The default view as an SVG in the page (public/data/first-map.svg, made by `npm run data`),
 * painted with the HTML before any script runs, and the gate that hides it before it is painted
 * when the page opens another view (src/map/firstMapGate.ts). The gate is the page's one inline
 * script, allowed by its hash in the Content-Security-Policy; it starts the app's entry, which
 * the page only preloads (after Vite has put the entry's tag in: `order: 'post'`).
 */
function firstMap(): Plugin {
  return {
    name: 'livcr-first-map',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const file = resolve(import.meta.dirname, 'public/data', `${FIRST_MAP_ID}.svg`);
        if (!existsSync(file)) return html; // no data built yet: the map alone, as before
        // The entry's tag, not Vite's own client in dev (`…/@vite/client`).
        const entry = /<script type="module" (?:crossorigin )?src="((?![^"]*\/@)[^"]+)"><\/script>/.exec(html);
        if (!entry?.[1]) throw new Error('index.html: no entry <script type="module" src> for the first map to start');
        const args = [OWN_ROWS_KEY, NO_FIRST_MAP, entry[1], FIRST_MAP_CLICK].map((a) => JSON.stringify(a)).join(', ');
        const gate = `(${firstMapGate.toString()})(${args});`;
        const hash = `'sha256-${createHash('sha256').update(gate).digest('base64')}'`;
        // Function replacers: a `$&` in the inserted text would otherwise be read as a pattern.
        return html
          .replace(entry[0], () => `<link rel="modulepreload" crossorigin href="${entry[1]}">`)
          .replace("script-src 'self'", () => `script-src 'self' ${hash}`)
          .replace('</head>', () => `  <script>${gate}</script>\n  </head>`)
          .replace('<!--first-map-->', () => readFileSync(file, 'utf8'));
      },
    },
  };
}

// MapLibre GL JS 6 resolves its web worker next to its own module URL, which a bundler cannot
// see ("Worker failed to load" in dev, a 404 in production). src/map/worker-url.ts hands MapLibre the
// worker through `setWorkerUrl` with a `?worker&url` import, the route upstream documents for
// Vite (maplibre/maplibre-gl-js test/integration/bundler/vite-rolldown, issue #7339), so
// pre-bundling can stay on and dev and production behave the same.
export default defineConfig(({ mode }) => ({
  plugins: [react(), firstMap(), basemapInCsp(loadEnv(mode, process.cwd(), 'VITE_').VITE_BASEMAP_TILES)],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
}));
