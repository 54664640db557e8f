import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver, ARTIFACTS } from './support/driver.ts';
import { pdfText } from './support/pdf.ts';

/** The public initiatives of a theme, from the shipped file: their titles and source addresses. */
function publicOfTheme(theme: string) {
  const text = readFileSync(resolve(import.meta.dirname, '../../public/data/initiatives.csv'), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    .data.filter((r) => r.theme === theme)
    .map((r) => ({ title: r.title_nl || r.title_fr || r.title_de || r.title_en || '', url: r.source_url ?? '' }));
}

/** Page sizes in points, from each page's MediaBox. */
const pageSizes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);

describe('the printed guide', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('prints the education initiatives as an A4 portrait booklet: cover, contents, every block with its URL, page numbers', async () => {
    await app.given.app('?lang=en&guide=theme:education');
    await app.page.locator('.guide-card').first().waitFor({ timeout: 30_000 });
    await app.page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await app.page.getByRole('button', { name: 'Print the guide' }).click();
    await app.page.waitForSelector('body[data-printed="true"]', { timeout: 30_000 });
    await app.page.emulateMedia({ media: 'print' });
    const pdf = await app.page.pdf({ preferCSSPageSize: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(resolve(ARTIFACTS, 'guide-education.pdf'), pdf);
    const text = await pdfText(pdf);
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(2);
    for (const [width = 0, height = 0] of sizes) {
      expect(Math.abs(width - 595.3)).toBeLessThan(2);
      expect(Math.abs(height - 841.9)).toBeLessThan(2);
    }
    expect(text).toContain('Guide of local initiatives against violent radicalisation');
    expect(text).toContain('Choices: Theme: Education');
    expect(text).toContain('Contents');
    const education = publicOfTheme('education');
    expect(education.length).toBeGreaterThan(0);
    // A long address wraps, and pdftotext joins a line that ends with a hyphen without it.
    const squash = (value: string) => value.replace(/[\s-]+/g, '');
    for (const { title, url } of education) {
      expect(text, title).toContain(title.replace(/\s+/g, ' '));
      expect(squash(text), url).toContain(squash(url));
    }
    for (let page = 1; page <= sizes.length; page++) expect(text).toContain(`Page ${page} / ${sizes.length}`);
    expect(text).toContain('© FPS Finance – AAPD (administrative boundaries)');
    app.then.pageIsClean();
  });
});
