import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { atlasTileReloads, countGeojsonUploads, geojsonUploads } from './uploads.ts';

export const ARTIFACTS = resolve(import.meta.dirname, '../../../test-results');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Viewport {
  width: number;
  height: number;
}
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

/**
 * A given/when/then driver in the manner of maputnik's e2e driver. It records console errors,
 * MapLibre's warnings on the style, page errors and every request, and `then.pageIsClean()` fails on any of them or on any
 * request that leaves the local server.
 */
export class AppDriver {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];
  readonly requests: string[] = [];
  private context!: BrowserContext;
  page!: Page;

  private constructor(
    private readonly browser: Browser,
    readonly baseUrl: string,
  ) {}

  static async start(baseUrl: string): Promise<AppDriver> {
    return new AppDriver(await launchChromium(), baseUrl);
  }

  async stop() {
    await this.browser.close();
  }

  private async open(query: string, viewport: Viewport, locale: string, touch = false) {
    await this.context?.close();
    this.context = await this.browser.newContext({ viewport, locale, deviceScaleFactor: 1, hasTouch: touch });
    this.page = await this.context.newPage();
    // Errors, and MapLibre's warnings on the style ("layers[…].filter: … Falling back to false"):
    // a layer that silently draws nothing.
    this.page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && /^(layers|sources)\[/.test(m.text())))
        this.consoleErrors.push(m.text());
    });
    this.page.on('pageerror', (e) => this.pageErrors.push(e.message));
    this.page.on('request', (r) => this.requests.push(r.url()));
    this.page.on('response', (r) => r.status() >= 400 && this.consoleErrors.push(`HTTP ${r.status()} for ${r.url()}`));
    this.page.on('dialog', (d) => {
      this.pageErrors.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
    await countGeojsonUploads(this.context);
    await this.page.goto(new URL(query, this.baseUrl).href);
  }

  idleCount(): Promise<number> {
    return this.page
      .locator('[data-testid="map"]')
      .evaluate((el) => Number((el as HTMLElement).dataset.idleCount ?? 0));
  }

  async waitForIdleAfter(action: () => Promise<unknown>) {
    const before = await this.idleCount();
    await action();
    await this.page.waitForFunction(
      (n) => Number(document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idleCount ?? 0) > n,
      before,
      { timeout: 30_000 },
    );
  }

  geojsonUploads(): Promise<number> {
    return geojsonUploads(this.page);
  }

  atlasTileReloads(): Promise<number> {
    return atlasTileReloads(this.page);
  }

  given = {
    fiche: (query: string) => this.openFiche(query),
    app: async (query = '?lang=en', options: { viewport?: Viewport; locale?: string; touch?: boolean } = {}) => {
      await this.open(query, options.viewport ?? DESKTOP, options.locale ?? 'en-GB', options.touch);
      await this.page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', {
        timeout: 60_000,
      });
      await this.page.waitForFunction(() => !document.querySelector('.loading'), null, {
        timeout: 30_000,
      });
      // The panels come just after the complete map (src/state/startup.ts, dataDrawn).
      await this.page.waitForSelector('#filters', { timeout: 30_000 });
    },
  };

  /** The printable fiche has no map: it is ready when its title shows. */
  private async openFiche(query: string) {
    await this.open(query, DESKTOP, 'en-GB');
    await this.page.waitForSelector('article.fiche h1', { timeout: 60_000 });
  }

  when = {
    searchFor: async (text: string) => {
      await this.page.getByRole('combobox', { name: 'Search municipality' }).fill(text);
    },
    chooseResult: async (name: string) => {
      await this.page
        .getByRole('option', { name: new RegExp(`^${name}`) })
        .first()
        .click();
    },
    selectFilter: async (label: string, option: string) => {
      await this.waitForIdleAfter(() => this.page.getByLabel(label, { exact: true }).selectOption({ label: option }));
    },
    openTable: async () => {
      await this.page.getByRole('button', { name: 'Table' }).click();
      // The table is its own chunk (src/ui/lazy.ts): opened means its rows are there.
      await this.page.locator('.table-panel tbody tr').first().waitFor();
    },
    reload: async () => {
      // The URL is written with a short debounce (src/state/url.ts): reload once it is.
      await this.page.waitForFunction(() => document.documentElement.dataset.urlPending !== 'true');
      await this.page.reload();
      await this.page.waitForSelector('[data-testid="map"][data-choropleth="ready"]', {
        timeout: 60_000,
      });
      await this.page.waitForSelector('#filters', { timeout: 30_000 });
    },
    clickMap: async (point: { x: number; y: number }) => {
      await this.page.locator('[data-testid="map"] canvas').click({ position: point });
    },
    screenshot: async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = resolve(ARTIFACTS, `${name}.png`);
      await this.page.screenshot({ path });
      return path;
    },
  };

  then = {
    detailsShow: async (name: string) => {
      await expect.poll(() => this.page.getByRole('dialog', { name }).isVisible(), { timeout: 15_000 }).toBe(true);
      return this.page.getByRole('dialog', { name });
    },
    countText: async () =>
      (await this.page.getByRole('status').filter({ hasText: 'municipalities' }).textContent()) ?? '',
    mapIsNotBlank: async () => {
      const colours = await this.page.locator('[data-testid="map"] canvas').evaluate((canvas) => {
        const source = canvas as HTMLCanvasElement;
        const copy = document.createElement('canvas');
        [copy.width, copy.height] = [source.width, source.height];
        const context = copy.getContext('2d');
        if (!context) return 0;
        context.drawImage(source, 0, 0);
        const { data } = context.getImageData(0, 0, copy.width, copy.height);
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        return seen.size;
      });
      expect(colours).toBeGreaterThan(5);
    },
    isAccessible: async () => {
      await this.page.evaluate(axeSource);
      const violations = await this.page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (o: object) => Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
    },
    pageIsClean: () => {
      const local = new URL(this.baseUrl).origin;
      const foreign = this.requests.filter((url) => !url.startsWith(local) && !/^(data|blob):/.test(url));
      expect({ consoleErrors: this.consoleErrors, pageErrors: this.pageErrors, foreign }).toEqual({
        consoleErrors: [],
        pageErrors: [],
        foreign: [],
      });
    },
  };
}
