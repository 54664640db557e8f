import { createHash } from 'node:crypto';
import { toCsv } from '../src/data/csvWrite.ts';
import { CELL_FIELDS, INITIATIVE_FIELDS } from '../src/data/import/columns.ts';
import { parseTable } from '../src/data/import/table.ts';
import type { ReviewState } from '../src/domain/vocabulary.ts';
import type { ShippedData } from './content.ts';
import type { Db } from './db/types.ts';
import type { CellRow } from './declaration.ts';
import { type InitiativeRow, publishedInitiative } from './initiative.ts';

export interface SnapshotFile {
  body: Buffer;
  /** Strong: a hash of the exact bytes. */
  etag: string;
}

export interface Snapshot {
  version: number;
  publishedAt: string;
  cells: SnapshotFile;
  initiatives: SnapshotFile;
  counts: { cells: { public: number; register: number }; initiatives: number };
}

const file = (text: string): SnapshotFile => {
  const body = Buffer.from(text, 'utf8');
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
};

/** Data rows of a CSV text, read as the import reads it (a quoted record may span lines). */
const rowsOf = (csv: string) => parseTable(csv).rows.length;

/**
 * The published register: the shipped public facts, then every approved statement, in the
 * import schema. Rendered once per publication version (approvals bump it) and kept in memory.
 * On PostgreSQL a request costs one small query to learn whether the version moved, since
 * another process may have approved; PGlite's folder has one process, which knows its approvals.
 */
export function snapshots(db: Db, shipped: ShippedData) {
  let cached: Promise<Snapshot> | undefined;
  let cachedVersion = -1;
  let stale = true;
  const publicCells = rowsOf(shipped.cellsCsv);
  const publicInitiatives = rowsOf(shipped.initiativesCsv);

  async function render(version: number, publishedAt: Date): Promise<Snapshot> {
    const statements = await db.query<{ cell: CellRow }>('SELECT cell FROM statements ORDER BY id');
    const registerCsv = toCsv(
      CELL_FIELDS,
      statements.map(({ cell }) => CELL_FIELDS.map((field) => cell[field] ?? '')),
    );
    // Both texts come from toCsv, CRLF-ended under the same header: drop the register's header line.
    const cells = shipped.cellsCsv + registerCsv.slice(registerCsv.indexOf('\r\n') + 2);
    // Approved initiatives (not archived), published with their review state and confirmation.
    const approved = await db.query<{
      id: number;
      initiative: InitiativeRow;
      review_state: string;
      confirmed_on: string;
      approved_on: string;
    }>(
      `SELECT id, initiative, review_state, to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on,
         to_char(decided_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS approved_on
         FROM initiative_declarations WHERE state = 'approved' ORDER BY id`,
    );
    const registerInitiatives = toCsv(
      INITIATIVE_FIELDS,
      approved.map((r) => {
        const row = publishedInitiative(
          r.initiative,
          r.id,
          r.review_state as ReviewState,
          r.confirmed_on,
          r.approved_on,
        );
        return INITIATIVE_FIELDS.map((field) => row[field] ?? '');
      }),
    );
    const initiatives = shipped.initiativesCsv + registerInitiatives.slice(registerInitiatives.indexOf('\r\n') + 2);
    return {
      version,
      publishedAt: publishedAt.toISOString(),
      cells: file(cells),
      initiatives: file(initiatives),
      counts: {
        cells: { public: publicCells, register: statements.length },
        initiatives: publicInitiatives + approved.length,
      },
    };
  }

  /** The last snapshot rendered: served from memory while the database is away. */
  let lastGood: Snapshot | undefined;

  async function current(): Promise<Snapshot> {
    if (cached && !stale && db.kind === 'pglite') return cached;
    stale = false;
    let row: { version: number; published_at: Date } | undefined;
    try {
      [row] = await db.query<{ version: number; published_at: Date }>('SELECT version, published_at FROM publication');
    } catch (error) {
      stale = true;
      if (lastGood) return lastGood;
      throw error;
    }
    if (!row) throw new Error('publication row is missing (migration 001)');
    if (!cached || cachedVersion !== row.version) {
      cachedVersion = row.version;
      cached = render(row.version, new Date(row.published_at));
      cached.then(
        (snapshot) => {
          lastGood = snapshot;
        },
        () => {
          cachedVersion = -1;
          stale = true;
        },
      );
    }
    return cached;
  }
  /** An approval here published a statement. */
  const published = () => {
    stale = true;
  };
  return { current, published };
}
