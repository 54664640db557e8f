import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';
import { stamp } from '../../src/ui/download.ts';
import { exportDateLine, exportFileName } from '../../src/ui/exportNames.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', fallbackLng: 'en', resources: RESOURCES, interpolation: { escapeValue: false } });

describe('export file names and dates', () => {
  it('names the files in the interface language, examples marked in it', () => {
    const name = (language: (typeof LANGUAGES)[number], examples = false) =>
      exportFileName(i18n.getFixedT(language), 'municipalities', 'csv', { asOf: '2020-01-01', language, examples });
    expect(name('nl')).toBe('livcr-gemeenten-nl-2020-01-01.csv');
    expect(name('fr')).toBe('csilr-communes-fr-2020-01-01.csv');
    expect(name('de')).toBe('livcr-gemeinden-de-2020-01-01.csv');
    expect(name('en')).toBe('livcr-municipalities-en-2020-01-01.csv');
    expect(name('nl', true)).toBe('livcr-VOORBEELDEN-gemeenten-nl-2020-01-01.csv');
    expect(exportFileName(i18n.getFixedT('fr'), 'map', 'png', { asOf: '', language: 'fr', examples: false })).toBe(
      `csilr-carte-fr-${stamp('')}.png`,
    );
    for (const language of LANGUAGES)
      for (const kind of ['municipalities', 'zones', 'map'] as const)
        expect(exportFileName(i18n.getFixedT(language), kind, 'x', { asOf: '', language, examples: true })).toMatch(
          /^[a-z]+-[A-Z]+-[a-z-]+-[a-z]{2}-\d{4}-\d{2}-\d{2}\.x$/,
        );
  });

  it('dates the latest data with the day of the export', () => {
    const today = new Date(`${stamp('')}T12:00:00Z`);
    const year = String(today.getUTCFullYear());
    for (const language of LANGUAGES) {
      const line = exportDateLine(i18n.getFixedT(language), '', language);
      expect(line, language).toContain(year);
    }
    expect(exportDateLine(i18n.getFixedT('nl'), '', 'nl')).toMatch(/^recentste gegevens, op \d+ \w+ \d{4}$/);
    expect(exportDateLine(i18n.getFixedT('en'), '2020-01-01', 'en')).toBe('as of 1 January 2020');
  });

  it('counts cells in each language, German nouns with their capital', () => {
    expect(i18n.getFixedT('de')('firstUse.cellCount', { count: 63 })).toBe('63 Zellen');
    expect(i18n.getFixedT('de')('firstUse.cellCount', { count: 1 })).toBe('1 Zelle');
    expect(i18n.getFixedT('nl')('firstUse.cellCount', { count: 63 })).toBe('63 cellen');
    expect(i18n.getFixedT('fr')('firstUse.cellCount', { count: 63 })).toBe('63 cellules');
    expect(i18n.getFixedT('en')('firstUse.cellCount', { count: 1 })).toBe('1 cell');
  });
});
