/**
 * npm run bench: builds the app and a bare MapLibre floor page, serves both, drives headless
 * chromium, prints the five measures as ratios to their floors, and writes bench/results.json.
 * Ratios are taken in one run because these machines are noisy. BENCH_RUNS=n shortens it.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { serveProductionBuild } from '../tests/e2e/support/server.ts';
import { launchBenchBrowser } from './measures/browser.ts';
import { measureFilter } from './measures/filter.ts';
import { generateInitiatives, measureImport } from './measures/importing.ts';
import { measureLoad } from './measures/load.ts';
import { measureMemory } from './measures/memory.ts';
import { measurePayload } from './measures/payload.ts';
import { printTable, type Row } from './report.ts';

const root = resolve(import.meta.dirname, '..');
const resultsFile = resolve(root, 'bench/results.json');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const started = Date.now();

const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { rows?: Row[] }) : {};
const lastRatio = (measure: string) => previous.rows?.find((r) => r.measure === measure)?.ratio;

await build({ root, logLevel: 'warn' });
await build({ configFile: resolve(root, 'bench/vite.floor.config.ts') });
const server = await serveProductionBuild({ rebuild: false });
const browser = await launchBenchBrowser();
try {
  console.log(`Serving ${server.url}; ${runs} load runs each`);
  const load = await measureLoad(browser, server.url, runs);
  console.log('load', load);
  const filter = await measureFilter(browser, server.url, 50);
  console.log('filter', filter);
  const payload = measurePayload(root);
  console.log('payload', payload);
  const imported = await measureImport(browser, server.url, generateInitiatives(root, 100_000));
  console.log('import', imported);
  const rejected = await measureImport(browser, server.url, generateInitiatives(root, 100_000, true));
  console.log('import, every row rejected', rejected);
  const memory = await measureMemory(browser, server.url, Number(process.env.BENCH_INTERACTIONS ?? 500));
  console.log('memory', memory);

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const rows: Row[] = [
    {
      measure: 'load: navigation → complete choropleth',
      ours: `${load.appMedianMs} ms`,
      reference: `floor ${load.floorMedianMs} ms`,
      ratio: load.ratio,
      goal: '≤ 1.25',
      met: load.ratio <= 1.25,
    },
    {
      measure: 'filter change → idle (median)',
      ours: `${filter.medianMs} ms (p95 ${filter.p95Ms})`,
      reference: `repaint ${filter.repaintMedianMs} ms`,
      ratio: filter.ratio,
      goal: 'reported',
      met: true,
    },
    {
      measure: 'geometry uploads per filter change',
      ours: String(filter.uploadsPerChange),
      reference: '0',
      ratio: filter.uploadsPerChange,
      goal: '0',
      met: filter.uploadsPerChange === 0,
    },
    {
      measure: 'geometry payload (gzip)',
      ours: kb(payload.geometryGzip),
      reference: `TopoJSON ${kb(payload.floorGeometryGzip)}`,
      ratio: payload.geometryRatio,
      goal: '≤ 1.1',
      met: payload.geometryRatio <= 1.1,
    },
    {
      measure: 'JS + CSS (gzip)',
      ours: kb(payload.codeGzip),
      reference: `maplibre-gl ${kb(payload.maplibreGzip)}`,
      ratio: payload.codeRatio,
      goal: '≤ 1.6',
      met: payload.codeRatio <= 1.6,
    },
    {
      measure: 'import 100,000 rows: longest main-thread task',
      ours: `${imported.longestTaskMs} ms (total ${imported.totalMs} ms)`,
      reference: '50 ms',
      ratio: Math.round((imported.longestTaskMs / 50) * 100) / 100,
      goal: '≤ 50 ms',
      met: imported.longestTaskMs <= 50,
    },
    {
      measure: 'import 100,000 rejected rows: longest task',
      ours: `${rejected.longestTaskMs} ms (total ${rejected.totalMs} ms)`,
      reference: '50 ms',
      ratio: Math.round((rejected.longestTaskMs / 50) * 100) / 100,
      goal: 'reported',
      met: true,
    },
    {
      measure: `memory growth after ${memory.interactions} interactions`,
      ours: `${memory.heapAfterLoadMB} → ${memory.heapAfterMB} MB`,
      reference: 'after load',
      ratio: memory.growth,
      goal: '≤ 10%',
      met: memory.growth <= 0.1,
    },
  ].map((row) => ({ ...row, last: lastRatio(row.measure) }));

  const table = printTable(rows);
  console.log(`\n${table}\n`);
  const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ commit, date: new Date().toISOString(), runs, rows, load, filter, payload, import: imported, importRejected: rejected, memory }, null, 2)}\n`,
  );
  console.log(`Wrote bench/results.json (commit ${commit}) in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await browser.close();
  await server.close();
}
