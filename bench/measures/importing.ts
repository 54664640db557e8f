import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { seededRandom } from '../../scripts/lib/random.ts';
import { toCsv } from '../../src/data/csvWrite.ts';
import type { Lookup } from '../../src/domain/atlas.ts';
import { THEMES } from '../../src/domain/vocabulary.ts';
import { CHOROPLETH_MARK } from '../../src/state/startup.ts';
import { markTime, openPage } from './browser.ts';
import { round } from './stats.ts';

/** A generated initiatives file: codes, names and old codes, a few broken rows (or all, with `allRejected`). */
export function generateInitiatives(root: string, rows: number, allRejected = false): string {
  const lookup = JSON.parse(readFileSync(resolve(root, 'public/data/lookup.json'), 'utf8')) as Lookup;
  const random = seededRandom(100_000);
  const oldCodes = Object.keys(lookup.oldCodes);
  const body = Array.from({ length: rows }, (_, i) => {
    const m = lookup.municipalities[Math.floor(random() * lookup.municipalities.length)];
    const reference =
      i % 10 === 0 ? (m?.names.fr ?? '') : i % 97 === 0 ? (oldCodes[i % oldCodes.length] ?? '') : (m?.nis ?? '');
    const theme = allRejected || i % 500 === 0 ? 'unknown_theme' : THEMES[i % THEMES.length];
    return [
      `b${i}`,
      `Initiatief ${i}`,
      `Initiative ${i}`,
      'Beschrijving van het project',
      reference,
      theme,
      'jongeren',
      'Preventiedienst',
      String(2015 + (i % 10)),
    ];
  });
  const file = resolve(root, `bench/.out/initiatives-100k${allRejected ? '-rejected' : ''}.csv`);
  mkdirSync(resolve(root, 'bench/.out'), { recursive: true });
  writeFileSync(
    file,
    toCsv(
      [
        'initiative_id',
        'title_nl',
        'title_fr',
        'description_nl',
        'municipalities',
        'theme',
        'target_group',
        'organisation',
        'start_year',
      ],
      body,
    ),
  );
  return file;
}

/** Import of a 100,000-row file: total time, and the longest main-thread task meanwhile. */
export async function measureImport(browser: Browser, base: string, file: string) {
  const page = await openPage(browser, `${base}?lang=en`);
  await markTime(page, CHOROPLETH_MARK);
  // The names and neighbours are added after the first complete map; their WebGL programs
  // compile then (over 1 s on SwiftShader), which is the map's start-up, not the import.
  await page.waitForSelector('[data-names="ready"]', { state: 'attached', timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.getByRole('button', { name: 'Import data' }).click();
  const started = await page.evaluate(() => performance.now());
  await page.getByLabel('Import CSV').setInputFiles(file);
  const name = basename(file);
  await page.getByRole('status', { name }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('progress'), null, { timeout: 120_000 });
  const finished = await page.evaluate(() => performance.now());
  // Whatever the end of the import leaves to run (the map's restyle, deferred renders) counts too.
  await page.waitForTimeout(1000);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  );
  const during = tasks.filter((t) => t.start >= started);
  const summary = (await page.getByRole('status', { name }).locator('p').first().textContent()) ?? '';
  await page.context().close();
  return {
    rows: 100_000,
    totalMs: round(finished - started, 0),
    longestTaskMs: round(Math.max(0, ...during.map((t) => t.duration)), 0),
    longTasks: during.length,
    summary: summary.trim(),
  };
}
