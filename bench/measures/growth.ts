import { snapshots } from '../../server/snapshot.ts';
import type { Row } from '../report.ts';
import { declarationWrites, describe, editorSession, type Load, load, startBenchRegister } from './register.ts';
import { median, round } from './stats.ts';

/** The register's sizes to measure (BENCH_GROWTH_SIZES=1000,10000 shortens the run). */
const SIZES = (process.env.BENCH_GROWTH_SIZES ?? '1000,10000,100000').split(',').map(Number);

interface Stage {
  declarations: number;
  statements: number;
  audit: number;
  /** A cold render of the snapshot (both files), median of three. */
  renderMs: number;
  snapshotKb: number;
  queue: Load;
  writes: Load;
  /** The register's tables with their indexes and TOAST. */
  databaseMb: number;
}

/**
 * Tops the register up to `size` declarations: of each four, one pending, one rejected and two
 * approved, each approval with its statement, and an audit row for each declaration and each
 * decision, as the routes write them. In SQL, so that 100,000 rows take seconds, not an hour.
 */
async function seed(db: Awaited<ReturnType<typeof startBenchRegister>>['db'], size: number) {
  const [{ count = 0 } = {}] = await db.query<{ count: number }>('SELECT count(*)::integer AS count FROM declarations');
  // Declared by the first admin: the bench's editor keeps its own pending rows under the cap.
  const [sample] = await db.query<{ cell: unknown; declared_by: number }>(
    'SELECT cell, (SELECT min(id) FROM users) AS declared_by FROM declarations ORDER BY id LIMIT 1',
  );
  if (!sample) throw new Error('growth bench: no declaration to copy');
  const add = size - count;
  if (add <= 0) return;
  await db.query(
    `INSERT INTO declarations (nis, cell, state, declared_by, decided_by, decided_at)
     SELECT '41002', $1::jsonb, s.state, $2::integer, CASE WHEN s.state = 'pending' THEN NULL ELSE $2::integer END,
            CASE WHEN s.state = 'pending' THEN NULL ELSE now() END
       FROM generate_series(1, $3::integer) g,
            LATERAL (SELECT (ARRAY['pending', 'rejected', 'approved', 'approved'])[g % 4 + 1] AS state) s`,
    [JSON.stringify(sample.cell), sample.declared_by, add],
  );
  await db.query(
    `INSERT INTO statements (declaration_id, cell)
     SELECT d.id, d.cell FROM declarations d
      WHERE d.state = 'approved' AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.declaration_id = d.id)`,
  );
  await db.query(
    `INSERT INTO audit (actor, action, subject)
     SELECT declared_by, 'declaration', id::text FROM declarations ORDER BY id DESC LIMIT $1::integer`,
    [add],
  );
  await db.query(
    `INSERT INTO audit (actor, action, subject)
     SELECT decided_by, CASE WHEN state = 'approved' THEN 'approval' ELSE 'rejection' END, id::text
       FROM (SELECT * FROM declarations ORDER BY id DESC LIMIT $1::integer) recent WHERE state <> 'pending'`,
    [add],
  );
  await db.query('UPDATE publication SET version = version + 1, published_at = now()');
}

/**
 * How the register's costs grow with its data (issue 26): at 1k, 10k and 100k declarations,
 * the snapshot's render, the moderation queue's first page, a declaration write and the size of
 * the database. On PGlite, or on PostgreSQL with BENCH_DATABASE_URL.
 */
export async function measureGrowth() {
  const register = await startBenchRegister();
  const { db, app, base, shipped } = register;
  try {
    const municipalities = shipped.lookup.municipalities.map((m) => m.nis);
    const { editor, admin } = await editorSession(app, municipalities);
    // The declaration the seed copies, posted as the atlas posts one.
    await app.inject({
      method: 'POST',
      url: '/api/declarations',
      headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf },
      payload: { nis: '41002', status: 'active', level: 'municipal', note: 'bench' },
    });
    const stages: Stage[] = [];
    for (const size of SIZES) {
      await seed(db, size);
      const renders: number[] = [];
      let snapshotBytes = 0;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const snapshot = await snapshots(db, shipped).current();
        renders.push(performance.now() - started);
        snapshotBytes = snapshot.cells.body.length + snapshot.initiatives.body.length;
      }
      const queue = await load(`${base}/api/declarations?state=pending`, 10, {
        headers: { cookie: admin.cookie, 'x-csrf-token': admin['x-csrf-token'] },
      });
      const [counts] = await db.query<{ declarations: number; statements: number; audit: number; bytes: string }>(
        `SELECT (SELECT count(*)::integer FROM declarations) AS declarations,
                (SELECT count(*)::integer FROM statements) AS statements,
                (SELECT count(*)::integer FROM audit) AS audit,
                (SELECT sum(pg_total_relation_size(c.oid))::text FROM pg_class c
                   JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = current_schema() AND c.relkind = 'r') AS bytes`,
      );
      if (!counts) throw new Error('growth bench: the counts query returned nothing');
      // Last: the writes add rows, which the next size's seed counts in. An editor of its own for
      // each size, under the real cap: the last size's editor has its pending rows at the cap.
      const writer =
        size === SIZES[0] ? editor : (await editorSession(app, municipalities, `bench-${size}@example.org`)).editor;
      const writes = await declarationWrites(base, writer, municipalities);
      const stage = {
        declarations: counts.declarations,
        statements: counts.statements,
        audit: counts.audit,
        renderMs: round(median(renders), 0),
        snapshotKb: round(snapshotBytes / 1024, 0),
        queue,
        writes,
        databaseMb: round(Number(counts.bytes) / 2 ** 20, 1),
      };
      console.log(`growth ${db.kind} ${size}`, JSON.stringify(stage));
      stages.push(stage);
    }
    return { database: db.kind, stages };
  } finally {
    await register.close();
  }
}

export type GrowthResults = Awaited<ReturnType<typeof measureGrowth>>;

/** The growth table, as it goes in the README: one line per size. */
export function growthTable({ database, stages }: GrowthResults): string {
  const header =
    '| database | declarations | statements | audit rows | snapshot render | snapshot | queue first page, 10 conn. | declaration writes, 20 conn. | size on disk |';
  const lines = stages.map(
    (s) =>
      `| ${database} | ${s.declarations} | ${s.statements} | ${s.audit} | ${s.renderMs} ms | ${s.snapshotKb} kB | ${describe(s.queue)} | ${describe(s.writes)} | ${s.databaseMb} MB |`,
  );
  return [header, `|${'---|'.repeat(9)}`, ...lines].join('\n');
}

/** The last size against the first: how each cost grew, per row (1 = linear, 0 = flat). */
export function growthRows({ database, stages }: GrowthResults): Omit<Row, 'last'>[] {
  const first = stages[0];
  const last = stages.at(-1);
  if (!first || !last || first === last) return [];
  const rows = last.declarations / first.declarations;
  const slope = (a: number, b: number) => round(Math.log(b / a) / Math.log(rows));
  return [
    ['snapshot render', first.renderMs, last.renderMs],
    ['queue first page p99', first.queue.p99, last.queue.p99],
    ['declaration write p99', first.writes.p99, last.writes.p99],
  ].map(([measure, a, b]) => ({
    measure: `register ${database} ${measure}: growth exponent ${first.declarations}→${last.declarations} rows`,
    ours: `${a} → ${b} ms`,
    reference: 'linear = 1',
    ratio: slope(Number(a), Number(b)),
    goal: '≤ 1.1',
    met: slope(Number(a), Number(b)) <= 1.1,
  }));
}
