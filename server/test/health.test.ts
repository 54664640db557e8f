import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/types.ts';
import { A, ADMIN, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

/** A storage whose disk fills up: writes to declarations fail with SQLSTATE 53100 while `full`. */
let full = false;
const diskFull = (db: Db): Db => {
  const failing = (sql: string) => full && /INSERT INTO declarations/.test(sql);
  const error = () => Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' });
  const wrap = <Q extends Queryable>(q: Q): Queryable => ({
    query: (sql, params) => (failing(sql) ? Promise.reject(error()) : q.query(sql, params)),
    exec: (sql) => q.exec(sql),
  });
  return {
    ...wrap(db),
    kind: db.kind,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
};

let register: Register;
beforeAll(async () => {
  register = await startRegister({ wrap: diskFull });
});
afterAll(() => register.close());

describe('/api/health says when writes fail', () => {
  it('is 200 with writes ok, then 503 writes failing (disk_full) after a failed write, then ok again', async () => {
    const health = async () => register.app.inject('/api/health');
    expect((await health()).json()).toMatchObject({ database: 'reachable', writes: 'ok' });
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const editor = await invited(admin, 'disk@example.org', 'editor', [A]);
    full = true;
    const refused = await editor.request('POST', '/api/declarations', declaration(A));
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ error: 'writes_failing', reason: 'disk_full' });
    const failing = await health();
    expect(failing.statusCode).toBe(503);
    expect(failing.json()).toMatchObject({ database: 'reachable', writes: 'failing', reason: 'disk_full' });
    full = false;
    expect((await editor.request('POST', '/api/declarations', declaration(A))).statusCode).toBe(201);
    expect((await health()).json()).toMatchObject({ writes: 'ok' });
  });
});
