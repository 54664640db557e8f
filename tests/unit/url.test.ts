import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { COVERAGE, THEMES } from '../../src/domain/vocabulary.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/state/url.ts';

const code = fc.stringMatching(/^[0-9x][0-9a-z-]{3,8}$/);
const day = fc
  .date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const state: fc.Arbitrary<UrlState> = fc.record({
  filters: fc.record({
    region: fc.oneof(fc.constant(''), code),
    province: fc.oneof(fc.constant(''), code),
    zone: fc.oneof(fc.constant(''), code),
    status: fc.subarray([...COVERAGE]),
    theme: fc.constantFrom('' as const, ...THEMES),
  }),
  selected: fc.oneof(fc.constant(null), fc.stringMatching(/^\d{5}$/)),
  language: fc.oneof(fc.constant(null), fc.constantFrom(...LANGUAGES)),
  asOf: fc.oneof(fc.constant(''), day),
  fiche: fc.oneof(fc.constant(null), fc.stringMatching(/^\d{5}$/)),
  content: fc.constantFrom(null, 'examples' as const),
  camera: fc.constant(null),
});

describe('the URL', () => {
  it('gives back every view it wrote', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual(s);
      }),
    );
  });

  it('never throws on what people type, and keeps only valid values', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (status, asOf, lang) => {
        const parsed = parseUrlState(
          `?status=${encodeURIComponent(status)}&asof=${encodeURIComponent(asOf)}&lang=${encodeURIComponent(lang)}`,
        );
        expect(parsed.filters.status.every((c) => (COVERAGE as readonly string[]).includes(c))).toBe(true);
        expect(parsed.asOf === '' || /^\d{4}-\d{2}-\d{2}$/.test(parsed.asOf)).toBe(true);
        expect(parsed.language === null || LANGUAGES.includes(parsed.language)).toBe(true);
      }),
    );
  });

  it('refuses an impossible date the way the import does', () => {
    expect(parseUrlState('?asof=2019-02-31').asOf).toBe('');
    expect(parseUrlState('?asof=2019-02-28').asOf).toBe('2019-02-28');
    expect(parseUrlState('?asof=28/02/2019').asOf).toBe('');
  });

  it("reads several statuses in the legend's order, and writes them once", () => {
    const parsed = parseUrlState('?status=zonal,municipal,zonal,bogus');
    expect(parsed.filters).toEqual({ ...NO_FILTERS, status: ['municipal', 'zonal'] });
    expect(serializeUrlState(parsed)).toBe('?status=municipal%2Czonal');
  });
});
