import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the floor page into dist/__floor/, served beside the app by the same preview server. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'floor'),
  base: '/__floor/',
  publicDir: false,
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, '../dist/__floor'), emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
