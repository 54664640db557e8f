import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/domain/search.ts';
import { realLookup } from './fixtures/import.ts';

const index = buildSearchIndex(realLookup());
const find = (query: string) => search(index, query).map((h) => `${h.nis}:${h.kind}`);

describe('search', () => {
  it('puts the whole name first, then names that start with it, then words, then the rest', () => {
    const hits = search(index, 'gent');
    expect(hits[0]).toMatchObject({ nis: '44021', kind: 'name' });
    // Sint-Genesius-Rode matches on a word start, Lochristi-like names anywhere come later.
    const names = hits.map((h) => h.matched);
    expect(names.indexOf('Gent')).toBe(0);
  });

  it('lists each municipality once, by its best match', () => {
    const hits = search(index, 'liège', 20);
    expect(new Set(hits.map((h) => h.nis)).size).toBe(hits.length);
    expect(hits[0]).toMatchObject({ nis: '62063', kind: 'name' });
  });

  it('ignores accents, case and hyphens', () => {
    expect(find('LIEGE')[0]).toBe('62063:name');
    expect(find('sint genesius rode')[0]).toBe('23101:name');
  });

  it('finds former municipalities, old codes, NIS codes and postcodes', () => {
    expect(find('Borsbeek')[0]).toBe('11002:former');
    expect(find('11007')[0]).toBe('11002:oldNis');
    expect(find('62063')[0]).toBe('62063:nis');
    expect(find('4000')[0]).toBe('62063:postcode');
  });

  it('finds nothing for nothing', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'zzzzqqq')).toEqual([]);
  });
});
