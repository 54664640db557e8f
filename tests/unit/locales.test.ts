import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../src/domain/attribution.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

describe('the four languages', () => {
  it.each(['nl', 'fr', 'de'] as const)('%s names every source of "About the data" in its own words', (language) => {
    const sources = RESOURCES[language].translation.sources;
    for (const { id } of ATTRIBUTION) {
      const text = sources[id];
      expect(text?.title, id).toBeTruthy();
      expect(text?.vintage, id).toBeTruthy();
      expect(text?.licence, id).toBeTruthy();
    }
    expect(Object.keys(sources).sort()).toEqual(ATTRIBUTION.map((a) => a.id).sort());
  });

  it('writes shares and counts the way each language does', () => {
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(formatNumber(0.1313, 'en', 'percent')).toBe('13.1%');
    expect(plain(formatNumber(0.1313, 'fr', 'percent'))).toBe('13,1 %');
    expect(plain(formatNumber(0.1313, 'nl', 'percent'))).toBe('13,1%');
    expect(formatNumber(3502346, 'nl')).toBe('3.502.346');
    expect(plain(formatNumber(3502346, 'fr'))).toBe('3 502 346');
  });
});
