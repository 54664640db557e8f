import { describe, expect, it } from 'vitest';
import { attributionText, mapAttribution } from '../../src/domain/attribution.ts';
import { withRegisterOrigin } from '../../src/domain/register.ts';
import type { Cell } from '../../src/domain/types.ts';
import { cellName } from '../../src/i18n/content.ts';
import { RESOURCES } from '../../src/i18n/resources.ts';

const cell = (id: string, note?: string): Cell => ({
  id,
  name: 'LIVC-R Aalst',
  level: 'municipal',
  municipalities: ['41002'],
  status: 'active',
  mobileTeamSupport: [],
  origin: 'public',
  unplaced: [],
  ...(note ? { note } : {}),
});

describe('no English left in the other languages', () => {
  it('drops the English provenance sentence older registers wrote into a note; the atlas says it itself', () => {
    const [withNote, only, other] = withRegisterOrigin([
      cell('reg-1', 'Declared by the municipality, approved on 2026-11-30. Meets monthly'),
      cell('reg-2', 'Declared by the municipality, approved on 2026-11-30.'),
      cell('pub-c1', 'Declared by the municipality, approved on 2026-11-30.'),
    ]);
    expect(withNote).toMatchObject({ origin: 'register', note: 'Meets monthly' });
    expect(only?.note).toBeUndefined();
    expect(other?.note).toContain('Declared');
    for (const language of ['nl', 'fr', 'de'] as const)
      expect(RESOURCES[language].translation.provenance.register).not.toMatch(/Declared|approved/);
  });

  it('credits the boundaries in the interface language, on the map and on paper', () => {
    expect(mapAttribution('fr')).toContain('limites administratives');
    expect(mapAttribution('nl')).toContain('administratieve grenzen');
    expect(attributionText('x', 'de')).toContain('Verwaltungsgrenzen');
    expect(attributionText('x', 'de')).not.toContain('administrative boundaries');
    expect(mapAttribution()).toContain('administrative boundaries');
  });

  it('calls a cell CSIL-R in French and LIVC-R elsewhere', () => {
    expect(cellName('LIVC-R Liège', 'fr')).toBe('CSIL-R Liège');
    expect(cellName('LIVC-R Liège', 'nl')).toBe('LIVC-R Liège');
    expect(cellName('CSIL-R Namur', 'de')).toBe('LIVC-R Namur');
    expect(cellName('Intercommunale CSIL-R', 'en')).toBe('Intercommunale CSIL-R');
  });
});
