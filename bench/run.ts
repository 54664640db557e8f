/**
 * npm run bench: builds the app, a bare MapLibre floor page and two peers (Leaflet SVG, d3-geo
 * SVG), serves them gzip-compressed, drives headless chromium on a desktop and a throttled phone
 * profile, prints every measure with its goal and the last run's ratio, and writes
 * bench/results.json. Ratios are taken in one run because these machines are noisy.
 * BENCH_RUNS=n (most load runs per profile, default 10) and BENCH_LOAD_BUDGET_S=s (time after
 * which a profile's load runs stop, once 8 are done; default 75) shorten it.
 * `npm run bench -- load` measures only the load on both profiles (nothing written), of this
 * commit's app or, with BENCH_APP_DIST=dir, of another build of it;
 * `npm run bench -- growth` seeds the register with 1k, 10k and 100k declarations (statements and
 * audit rows to match) and prints how each cost grows (BENCH_GROWTH_SIZES to choose the sizes);
 * `npm run bench -- register` runs only the register's section (autocannon, no browser) and
 * prints its rows; BENCH_REGISTER_S=s sets its seconds per case (default 3).
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchBenchBrowser } from './measures/browser.ts';
import { measureFilter } from './measures/filter.ts';
import { growthRows, growthTable, measureGrowth } from './measures/growth.ts';
import { generateInitiatives, measureImport } from './measures/importing.ts';
import { measureLoad } from './measures/load.ts';
import { mailRows, measureMail } from './measures/mail.ts';
import { measureMemory } from './measures/memory.ts';
import { measurePayload } from './measures/payload.ts';
import { measureRegister, registerRows } from './measures/register.ts';
import { BENCH_PAGES, pageConfig } from './pages.config.ts';
import { printTable, type Row } from './report.ts';
import { benchRows } from './rows.ts';
import { serveDist } from './serve.ts';

const root = resolve(import.meta.dirname, '..');
const resultsFile = resolve(root, 'bench/results.json');
const loadRuns = {
  maxRuns: Number(process.env.BENCH_RUNS ?? 10),
  budgetMs: 1000 * Number(process.env.BENCH_LOAD_BUDGET_S ?? 75),
};
const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { rows?: Row[] }) : {};
const lastRatio = (measure: string) => previous.rows?.find((r) => r.measure === measure)?.ratio;

if (process.argv[2] === 'growth') {
  const growth = await measureGrowth();
  console.log(`\n${growthTable(growth)}\n\n${printTable(growthRows(growth))}\n`);
  process.exit(0);
}

if (process.argv[2] === 'register') {
  const register = await measureRegister();
  const mail = await measureMail();
  const rows = [...registerRows(register), ...mailRows(mail)];
  console.log(`\n${printTable(rows.map((row) => ({ ...row, last: lastRatio(row.measure) })))}\n`);
  process.exit(0);
}

await build({ root, logLevel: 'warn', build: { manifest: true } });
for (const page of BENCH_PAGES) await build(pageConfig(page));
// BENCH_APP_DIST=<an earlier commit's dist>: that build of the app, against this bench's floor and
// peers, so that two commits are compared in one sitting on the same pages.
if (process.env.BENCH_APP_DIST) cpSync(process.env.BENCH_APP_DIST, resolve(root, 'dist'), { recursive: true });
const server = await serveDist(resolve(root, 'dist'));
const browser = await launchBenchBrowser();
try {
  console.log(`Serving ${server.url} (gzip); load runs per profile: ${JSON.stringify(loadRuns)}`);
  const desktop = await measureLoad(browser, server, 'desktop', loadRuns);
  console.log(seconds(), `load desktop, ${desktop.runs} runs`, desktop.medianMs, desktop.ratio);
  console.log(seconds(), 'first seen desktop', desktop.seenMs, desktop.seenRatio);
  const phone = await measureLoad(browser, server, 'phone', loadRuns);
  console.log(seconds(), `load phone, ${phone.runs} runs`, phone.medianMs, phone.ratio);
  console.log(seconds(), 'first seen phone', phone.seenMs, phone.seenRatio);
  // `npm run bench -- load`: the two load ratios alone, to compare two commits in one sitting.
  if (process.argv[2] === 'load') {
    await browser.close();
    await server.close();
    process.exit(0);
  }
  const filter = await measureFilter(browser, server.url, 30);
  console.log(seconds(), 'filter', filter);
  const payload = measurePayload(root);
  const imported = await measureImport(browser, server.url, generateInitiatives(root, 100_000));
  console.log(seconds(), 'import', imported);
  const rejected = await measureImport(browser, server.url, generateInitiatives(root, 100_000, true));
  console.log(seconds(), 'import, every row rejected', rejected);
  const memory = await measureMemory(browser, server.url, 100, 400);
  console.log(seconds(), 'memory', memory.warm, memory.after);
  const register = await measureRegister();
  console.log(seconds(), 'register', register);
  const mail = await measureMail();
  console.log(seconds(), 'mail', mail);

  const results = { desktop, phone, filter, payload, imported, rejected, memory, register, mail };
  const rows: Row[] = [...benchRows(results), ...registerRows(register), ...mailRows(mail)].map((row) => ({
    ...row,
    last: lastRatio(row.measure),
  }));
  console.log(`\n${printTable(rows)}\n`);
  const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  const took = Math.round((Date.now() - started) / 1000);
  const stored = { commit, date: new Date().toISOString(), seconds: took, rows, ...results };
  writeFileSync(resultsFile, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`Wrote bench/results.json (commit ${commit}) in ${took} s`);
} finally {
  await browser.close();
  await server.close();
}
