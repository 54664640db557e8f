import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { buildRegister } from '../../server/app.ts';
import { ensureFirstAdmin } from '../../server/bootstrap.ts';
import { loadShippedData } from '../../server/content.ts';
import { openStorage } from '../../server/db/open.ts';
import { openPostgres } from '../../server/db/pg.ts';
import type { Db } from '../../server/db/types.ts';
import type { Row } from '../report.ts';
import { round } from './stats.ts';

const root = resolve(import.meta.dirname, '../..');
const SECONDS = Number(process.env.BENCH_REGISTER_S ?? 3);
export const ADMIN = { email: 'bench-admin@example.org', password: 'bench admin password' };
export const AALST = '41002';

export interface Load {
  rps: number;
  p99: number;
  /** Responses other than the expected status: a bench that measured errors measured nothing. */
  unexpected: number;
}

export async function load(url: string, connections: number, options: Partial<autocannon.Options> = {}): Promise<Load> {
  // In a worker thread: the load generator must not share the server's event loop.
  const result = await autocannon({ url, connections, duration: SECONDS, workers: 1, ...options });
  return {
    rps: round(result.requests.average, 0),
    p99: result.latency.p99,
    // A 304 is not 2xx: for the If-None-Match cases, measureRegister checks one answer is a 304 first.
    unexpected: result.errors + result.timeouts + (options.headers?.['if-none-match'] ? 0 : result.non2xx),
  };
}

/**
 * An editor (of Aalst by default), signed in the way the atlas signs in: invitation, acceptance,
 * session. `email` tells several editors apart (each has its own pending cap).
 */
export async function editorSession(
  app: FastifyInstance,
  municipalities: string[] = [AALST],
  email = 'bench-editor@example.org',
) {
  const signIn = async (email: string, password: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
    const cookie = response.cookies.find((c) => c.name === 'livcr_session');
    return { cookie: `${cookie?.name}=${cookie?.value}`, csrf: (response.json() as { csrfToken: string }).csrfToken };
  };
  const admin = await signIn(ADMIN.email, ADMIN.password);
  const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
  const invited = await app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers,
    payload: { role: 'editor', municipalities },
  });
  const token = new URL((invited.json() as { url: string }).url).searchParams.get('invitation');
  const account = { email, password: 'bench editor password' };
  await app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: account });
  return { editor: await signIn(account.email, account.password), admin: headers };
}

/**
 * Declarations posted at 20 connections, as the atlas posts them, by one editor of every
 * municipality (editorSession with `municipalities`), each request the next municipality: under
 * the real pending cap (20 per editor and municipality), as people would hit it.
 */
export const declarationWrites = (base: string, editor: { cookie: string; csrf: string }, municipalities: string[]) =>
  load(`${base}/api/declarations`, 20, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: editor.cookie, 'x-csrf-token': editor.csrf },
    // Plain objects: autocannon hands them to its worker thread, which cycles through them.
    requests: municipalities.map((nis) => ({
      method: 'POST',
      body: JSON.stringify({ nis, status: 'active', level: 'municipal', note: 'bench' }),
    })),
  });

/**
 * The register on the loopback, on a fresh in-memory PGlite, or with BENCH_DATABASE_URL on
 * PostgreSQL in a schema made for the run and dropped by `close`.
 */
export async function startBenchRegister() {
  const url = process.env.BENCH_DATABASE_URL;
  const schema = `register_bench_${process.pid}`;
  if (url) await withOwner(url, (owner) => owner.exec(`CREATE SCHEMA ${schema}`));
  const db = await openStorage(url ? { databaseUrl: url, schema } : {});
  await ensureFirstAdmin(db, ADMIN.email, ADMIN.password);
  const shipped = loadShippedData();
  const app = await buildRegister({
    db,
    shipped,
    indexHtml: readFileSync(resolve(root, 'index.html'), 'utf8'),
    distDir: resolve(root, 'public'),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const close = async () => {
    await app.close();
    await db.close();
    if (url) await withOwner(url, (owner) => owner.exec(`DROP SCHEMA ${schema} CASCADE`));
  };
  return { db, app, base, shipped, close };
}

/**
 * The snapshot against a static file of the same kind served by the same process
 * (public/data/cells.csv), with and without If-None-Match, and declaration writes at 20
 * connections. A few seconds per case.
 */
export async function measureRegister() {
  const { db, app, base, shipped, close } = await startBenchRegister();
  try {
    const municipalities = shipped.lookup.municipalities.map((m) => m.nis);
    const { editor } = await editorSession(app, municipalities);
    const etag = async (path: string) => {
      const tag = String((await app.inject({ url: path })).headers.etag);
      const again = await app.inject({ url: path, headers: { 'if-none-match': tag } });
      if (again.statusCode !== 304) throw new Error(`${path} answers ${again.statusCode} to its own ETag`);
      return tag;
    };
    const [staticPath, snapshotPath] = ['/data/cells.csv', '/api/snapshot/cells.csv'];
    const [staticUrl, snapshotUrl] = [`${base}${staticPath}`, `${base}${snapshotPath}`];
    const staticFile = await load(staticUrl, 10);
    const snapshot = await load(snapshotUrl, 10);
    const static304 = await load(staticUrl, 10, { headers: { 'if-none-match': await etag(staticPath) } });
    const snapshot304 = await load(snapshotUrl, 10, { headers: { 'if-none-match': await etag(snapshotPath) } });
    const writes = await declarationWrites(base, editor, municipalities);
    return { database: db.kind, seconds: SECONDS, staticFile, snapshot, static304, snapshot304, writes };
  } finally {
    await close();
  }
}

export async function withOwner(url: string, use: (owner: Db) => Promise<void>) {
  const owner = openPostgres({ url });
  try {
    await use(owner);
  } finally {
    await owner.close();
  }
}

export type RegisterResults = Awaited<ReturnType<typeof measureRegister>>;

const WRITE_P99_MS = 100;
export const describe = (l: Load) =>
  `${l.rps} req/s, p99 ${l.p99} ms${l.unexpected ? `, ${l.unexpected} unexpected` : ''}`;

export function registerRows(r: RegisterResults): Omit<Row, 'last'>[] {
  const ratio = (ours: Load, reference: Load) => round(ours.rps / reference.rps);
  const snapshotRow = (name: string, ours: Load, reference: Load) => ({
    measure: `register snapshot ÷ static file, ${name}`,
    ours: describe(ours),
    reference: describe(reference),
    ratio: ratio(ours, reference),
    goal: '≥ 0.5',
    met: ratio(ours, reference) >= 0.5 && ours.unexpected === 0,
  });
  return [
    snapshotRow('200', r.snapshot, r.staticFile),
    snapshotRow('If-None-Match → 304', r.snapshot304, r.static304),
    {
      measure: 'register declaration writes, 20 connections: p99 ÷ 100 ms',
      ours: describe(r.writes),
      reference: `${WRITE_P99_MS} ms`,
      ratio: round(r.writes.p99 / WRITE_P99_MS),
      goal: '≤ 1',
      met: r.writes.p99 <= WRITE_P99_MS && r.writes.unexpected === 0,
    },
  ];
}
