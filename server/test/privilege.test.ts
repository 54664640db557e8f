import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../db/pg.ts';
import { privilegeWarnings } from '../db/privileges.ts';
import { A, ADMIN, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

/**
 * Least privilege on PostgreSQL: the server logs in as a role of its own (not a superuser, owning
 * nothing), the migrations run as the owner (MIGRATION_DATABASE_URL) and grant it what it needs.
 * The role is made here with a unique name and dropped at the end.
 */
const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('privilege.test.ts skipped: set TEST_DATABASE_URL to test the login role on PostgreSQL');

describe('privilege warnings', () => {
  it('warns at start when the server logs in as a superuser or as the owner, not with a role of its own', () => {
    expect(privilegeWarnings({ owner: 'postgres', login: 'postgres', superuser: true })[0]).toMatch(/superuser/);
    expect(privilegeWarnings({ owner: 'livcr', login: 'livcr', superuser: false })[0]).toMatch(/owns the tables/);
    expect(privilegeWarnings({ owner: 'livcr', login: 'livcr_server', superuser: false })).toEqual([]);
  });
});

describe.runIf(url)("the server's own connection on PostgreSQL", () => {
  const login = `livcr_login_${randomBytes(4).toString('hex')}`;
  const superuser = openPostgres({ url: url ?? '' });
  let register: Register;
  beforeAll(async () => {
    await superuser.exec(`CREATE ROLE ${login} LOGIN`);
    const loginUrl = new URL(url ?? '');
    loginUrl.username = login;
    register = await startRegister({ databaseUrl: loginUrl.toString() });
  });
  afterAll(async () => {
    await register?.close();
    await superuser.exec(`DROP OWNED BY ${login}`);
    await superuser.exec(`DROP ROLE ${login}`);
    await superuser.close();
  });

  it('is the login role, not a superuser, and the register works through it', async () => {
    const [who] = await register.db.query<{ session_user: string; super: boolean }>(
      'SELECT session_user, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS super',
    );
    expect(who).toEqual({ session_user: login, super: false });
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const editor = await invited(admin, 'least@example.org', 'editor', [A]);
    expect((await editor.request('POST', '/api/declarations', declaration(A))).statusCode).toBe(201);
  });

  /** One statement on one connection, in a transaction rolled back whatever happens. */
  const attempt = (...statements: string[]) =>
    register.db.transaction(async (tx) => {
      for (const sql of statements) await tx.exec(sql);
    });

  it.each([
    ['UPDATE the audit', ["UPDATE audit SET action = 'nothing'"]],
    ['DELETE the audit', ['DELETE FROM audit']],
    ['TRUNCATE the audit', ['TRUNCATE audit']],
    ['ALTER the audit (disable its trigger)', ['ALTER TABLE audit DISABLE TRIGGER audit_no_update_delete']],
    ['escape with SET ROLE NONE, then UPDATE', ['SET ROLE NONE', "UPDATE audit SET action = 'nothing'"]],
    ['escape with RESET ROLE, then ALTER', ['RESET ROLE', 'ALTER TABLE audit DISABLE TRIGGER ALL']],
    ['SET ROLE to the superuser', [`SET ROLE ${new URL(url ?? 'postgres://postgres@x').username || 'postgres'}`]],
    ['DROP the audit', ['DROP TABLE audit']],
  ])('cannot %s', async (_, statements) => {
    const before = await register.db.query('SELECT id, action FROM audit ORDER BY id');
    await expect(attempt(...statements)).rejects.toThrow(/permission denied|must be owner|append-only/);
    expect(await register.db.query('SELECT id, action FROM audit ORDER BY id')).toEqual(before);
  });
});
