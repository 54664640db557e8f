import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFolder } from '../db/folderLock.ts';
import { openPostgres } from '../db/pg.ts';
import { checkStored, secondsUntil, writeLoad } from './faults.ts';
import { recordFigures } from './figures.ts';
import { A, ADMIN, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');
const folder = mkdtempSync(resolve(tmpdir(), 'livcr-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('one process per PGlite folder', () => {
  it('a second npm run register on the same REGISTER_DATA_DIR exits, naming the folder and the first process', async () => {
    const release = lockFolder(folder);
    try {
      const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: root,
        env: { ...process.env, REGISTER_DATA_DIR: folder, PORT: '0', DATABASE_URL: '' },
      });
      const failed = await run.then(
        () => undefined,
        (error: { code?: number; stderr?: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain(`${folder} is in use by process ${process.pid}`);
    } finally {
      release();
    }
  });

  it('takes over the lock of a process that is gone', () => {
    writeFileSync(resolve(folder, 'livcr-register.lock'), JSON.stringify({ pid: 2 ** 22 + 7, host: 'x' }));
    expect(() => lockFolder(folder)).toThrow(/in use by process/);
    writeFileSync(resolve(folder, 'livcr-register.lock'), JSON.stringify({ pid: 2 ** 22 + 7 }));
    const release = lockFolder(folder);
    expect(() => lockFolder(folder)).toThrow(new RegExp(`in use by process ${process.pid}`));
    release();
  });
});

const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('instances.test.ts: two processes on one PostgreSQL skipped (set TEST_DATABASE_URL)');

describe.runIf(url)('two registers on one PostgreSQL database', () => {
  const schema = `register_test_${randomBytes(6).toString('hex')}`;
  let first: Register;
  let second: Register;
  afterAll(async () => {
    await first?.close();
    await second?.close();
    const admin = openPostgres({ url: url ?? '' });
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });

  it('start together: migrations once, one first admin', async () => {
    const admin = openPostgres({ url: url ?? '' });
    await admin.exec(`CREATE SCHEMA ${schema}`);
    await admin.close();
    [first, second] = await Promise.all([
      startRegister({ schema, pendingCap: 100_000 }),
      startRegister({ schema, pendingCap: 100_000 }),
    ]);
    const admins = await first.db.query("SELECT id FROM users WHERE role = 'admin'");
    expect(admins).toHaveLength(1);
    const migrations = await first.db.query('SELECT version FROM schema_migrations');
    expect(new Set(migrations.map((m) => m.version)).size).toBe(migrations.length);
  });

  it('both serve writes, each stored once; an approval on one is in the snapshot of the other within 2 s', async () => {
    const adminOne = await signedIn(first.app, ADMIN.email, ADMIN.password);
    const editorOne = await invited(adminOne, 'two@example.org', 'editor', [A]);
    const editorTwo = await signedIn(second.app, 'two@example.org', 'a long enough password');
    const loads = [writeLoad(editorOne, A, 10), writeLoad(editorTwo, A, 10)];
    await secondsUntil(async () => loads.every((l) => l.outcomes.filter((o) => o.status === 201).length >= 20));
    const outcomes = (await Promise.all(loads.map((l) => l.stop()))).flat();
    expect(outcomes.filter((o) => o.status !== 201)).toEqual([]);
    const stored = await checkStored(first.db, outcomes);
    expect(stored).toMatchObject({ lost: 0, wrong: 0 });

    const before = (await second.app.inject('/api/snapshot/meta.json')).json() as { version: number };
    const { id } = (await editorOne.request('POST', '/api/declarations', declaration(A))).json() as { id: number };
    expect((await adminOne.request('POST', `/api/declarations/${id}/approve`)).statusCode).toBe(200);
    const seconds = await secondsUntil(async () => {
      const meta = (await second.app.inject('/api/snapshot/meta.json')).json() as { version: number };
      return meta.version > before.version;
    }, 2_000);
    const csv = (await second.app.inject('/api/snapshot/cells.csv')).body;
    expect(csv).toContain(`reg-${id}`);
    recordFigures('two_instances', { ...stored, snapshotSeconds: seconds });
  });
});
