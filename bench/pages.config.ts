import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';

/** The bench's own pages, drawn from the same data as the app and compared with it. */
export const BENCH_PAGES = ['floor', 'leaflet', 'd3'] as const;
export type BenchPage = (typeof BENCH_PAGES)[number];

/** Builds bench/<page>/ into dist/__<page>/, served beside the app by the bench's server. */
export const pageConfig = (page: BenchPage): InlineConfig => ({
  configFile: false,
  root: resolve(import.meta.dirname, page),
  base: `/__${page}/`,
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, `../dist/__${page}`),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
