import { describe, expect, it } from 'vitest';
import type { DataState } from '../../src/data/protocol.ts';
import { applyImport } from '../../src/data/rowLayers.ts';
import { importEffect, importModeOf } from '../../src/state/importMode.ts';
import { cell } from './fixtures/cells.ts';

const state = (over: Partial<DataState> = {}): DataState => ({
  content: 'public',
  userKinds: [],
  userCounts: { cells: 0, initiatives: 0 },
  shippedCounts: { cells: 108, initiatives: 94 },
  replaced: [],
  savedAt: null,
  undo: null,
  storage: { state: 'ready' },
  ...over,
});

describe('the import mode, decided once', () => {
  it('merges over the public facts unless the user chose to replace them', () => {
    expect(importModeOf({ importMode: null })).toBe('merge');
    expect(importModeOf({ importMode: 'replace' })).toBe('replace');
  });

  it('a first merge keeps the public facts on screen, and the data worker does what was announced', () => {
    expect(importEffect(state(), 'merge', 'cells')).toEqual({ kind: 'cells', hides: 0, keeps: 108, ownAtRisk: 0 });
    expect(applyImport(undefined, [cell('a')], importModeOf({ importMode: null })).withShipped).toBe(true);
  });

  it('with cells saved, an initiatives file is merged over the public initiatives', () => {
    const saved = state({ userKinds: ['cells'], userCounts: { cells: 5, initiatives: 0 } });
    expect(importEffect(saved, 'merge', 'initiatives')).toEqual({
      kind: 'initiatives',
      hides: 0,
      keeps: 94,
      ownAtRisk: 0,
    });
  });

  it('a replace says what it hides, and what of the user’s it puts aside', () => {
    const saved = state({ userKinds: ['cells'], userCounts: { cells: 5, initiatives: 0 } });
    expect(importEffect(saved, 'replace', 'cells')).toEqual({ kind: 'cells', hides: 108, keeps: 0, ownAtRisk: 5 });
    expect(importEffect(saved, 'replace', 'initiatives')).toEqual({
      kind: 'initiatives',
      hides: 94,
      keeps: 0,
      ownAtRisk: 0,
    });
  });

  it('a kind replaced earlier stays replaced when more rows are merged into it', () => {
    const replaced = state({ userKinds: ['cells'], replaced: ['cells'], userCounts: { cells: 5, initiatives: 0 } });
    expect(importEffect(replaced, 'merge', 'cells')).toEqual({ kind: 'cells', hides: 108, keeps: 0, ownAtRisk: 0 });
    expect(applyImport({ rows: [cell('a')], withShipped: false }, [cell('b')], 'merge').withShipped).toBe(false);
  });
});
