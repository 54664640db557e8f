import type { Initiative, Origin } from './types.ts';
import { THEMES, type Theme } from './vocabulary.ts';

/**
 * Initiatives packed into a handful of typed arrays. A file of 100,000 initiatives as plain
 * objects is about a million small objects on the main thread, and the garbage collector then
 * spends 50 to 120 ms at a time copying them. Packed, the worker transfers them without a copy,
 * and each row is decoded only when a panel shows it.
 */
export interface PackedInitiatives {
  count: number;
  /** Index into THEMES, per row. */
  themes: Uint8Array;
  /** Start year per row; 0 when unknown. */
  startYears: Uint16Array;
  /** Row i covers codes[members[memberStart[i]]] … codes[members[memberStart[i + 1] - 1]]. */
  codes: string[];
  memberStart: Uint32Array;
  members: Uint16Array;
  /** The datasets the rows come from, each once. */
  origins: Origin[];
  /** Row i is the UTF-8 JSON in records[recordStart[i]] … records[recordStart[i + 1] - 1]. */
  recordStart: Uint32Array;
  records: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function encodeRecords(rows: readonly Initiative[]): { recordStart: Uint32Array; records: Uint8Array } {
  const recordStart = new Uint32Array(rows.length + 1);
  let buffer = new Uint8Array(Math.max(1024, rows.length * 256));
  let written = 0;
  for (const [i, row] of rows.entries()) {
    const json = JSON.stringify(row);
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (buffer.length - written < json.length * 3) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, written + json.length * 3));
      grown.set(buffer.subarray(0, written));
      buffer = grown;
    }
    written += encoder.encodeInto(json, buffer.subarray(written)).written;
    recordStart[i + 1] = written;
  }
  return { recordStart, records: buffer.slice(0, written) };
}

export function packInitiatives(rows: readonly Initiative[]): PackedInitiatives {
  const codeIndex = new Map<string, number>();
  const memberStart = new Uint32Array(rows.length + 1);
  const memberList: number[] = [];
  const themes = new Uint8Array(rows.length);
  const startYears = new Uint16Array(rows.length);
  for (const [i, row] of rows.entries()) {
    themes[i] = THEMES.indexOf(row.theme);
    startYears[i] = row.startYear ?? 0;
    for (const nis of row.municipalities) {
      if (!codeIndex.has(nis)) codeIndex.set(nis, codeIndex.size);
      memberList.push(codeIndex.get(nis) ?? 0);
    }
    memberStart[i + 1] = memberList.length;
  }
  return {
    count: rows.length,
    themes,
    startYears,
    codes: [...codeIndex.keys()],
    memberStart,
    members: Uint16Array.from(memberList),
    origins: [...new Set(rows.map((row) => row.origin))],
    ...encodeRecords(rows),
  };
}

/** The buffers to transfer with a PackedInitiatives, so that postMessage moves instead of copies. */
export const transferablesOf = (p: PackedInitiatives): ArrayBuffer[] =>
  [p.themes, p.startYears, p.memberStart, p.members, p.recordStart, p.records].map((a) => a.buffer as ArrayBuffer);

/** Read access to packed initiatives, by row and by municipality. Immutable. */
export class InitiativeTable {
  private byCode: Map<string, number[]> | undefined;

  constructor(private readonly packed: PackedInitiatives) {}

  static from(rows: readonly Initiative[]): InitiativeTable {
    return new InitiativeTable(packInitiatives(rows));
  }

  get length(): number {
    return this.packed.count;
  }

  get origins(): readonly Origin[] {
    return this.packed.origins;
  }

  theme(i: number): Theme {
    return THEMES[this.packed.themes[i] ?? 0] as Theme;
  }

  startYear(i: number): number | undefined {
    return this.packed.startYears[i] || undefined;
  }

  municipalities(i: number): string[] {
    const { memberStart, members, codes } = this.packed;
    const list: string[] = [];
    for (let k = memberStart[i] ?? 0; k < (memberStart[i + 1] ?? 0); k++) list.push(codes[members[k] ?? 0] ?? '');
    return list;
  }

  row(i: number): Initiative {
    const { records, recordStart } = this.packed;
    return JSON.parse(decoder.decode(records.subarray(recordStart[i], recordStart[i + 1]))) as Initiative;
  }

  /** Row numbers of the initiatives in a municipality. */
  rowsOf(nis: string): readonly number[] {
    if (!this.byCode) {
      const { codes, memberStart, members } = this.packed;
      const lists = codes.map((): number[] => []);
      for (let i = 0; i < this.length; i++) {
        for (let k = memberStart[i] ?? 0; k < (memberStart[i + 1] ?? 0); k++) {
          const list = lists[members[k] ?? 0];
          if (list && list.at(-1) !== i) list.push(i);
        }
      }
      this.byCode = new Map(codes.map((code, c) => [code, lists[c] ?? []]));
    }
    return this.byCode.get(nis) ?? [];
  }
}

export const NO_INITIATIVES = InitiativeTable.from([]);
