import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../bootstrap.ts';
import { recordFigures } from './figures.ts';
import { A, ADMIN, invited, PASSWORD, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
beforeAll(async () => {
  register = await startRegister();
});
afterAll(() => register.close());

const admins = async () => register.db.query<{ email: string }>("SELECT email FROM users WHERE role = 'admin'");

describe('the register keeps an admin', () => {
  it('two admins demoting each other at the same moment leave one admin', async () => {
    const first = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const second = await invited(first, 'second.admin@example.org', 'admin');
    const ids = new Map(
      (await register.db.query<{ id: number; email: string }>('SELECT id, email FROM users')).map((u) => [
        u.email,
        u.id,
      ]),
    );
    const demote = { role: 'editor', municipalities: [A] };
    const responses = await Promise.all([
      first.request('POST', `/api/users/${ids.get('second.admin@example.org')}/role`, demote),
      second.request('POST', `/api/users/${ids.get(ADMIN.email)}/role`, demote),
    ]);
    // The loser is refused by the lock (409 last_admin), or, when it comes after the winner's
    // commit, finds its own session ended by its demotion (401): either way one admin is left.
    const [won, lost] = responses.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([401, 409]).toContain(lost);
    const refused = responses.find((r) => r.statusCode === 409);
    if (refused) expect(refused.json()).toEqual({ error: 'last_admin' });
    expect(await admins()).toHaveLength(1);
    recordFigures('concurrent_demotions', { demotions: 2, adminsLeft: (await admins()).length });
  });

  it('the bootstrap never crashes on an existing account: with no admin left it promotes it, password kept', async () => {
    const [admin] = await admins();
    // No admin (a database edited by hand): the operator restarts with REGISTER_ADMIN_EMAIL.
    await register.db.query(`UPDATE users SET role = 'editor', municipalities = '["${A}"]'`);
    const email = admin?.email ?? '';
    expect(await ensureFirstAdmin(register.db, email, 'another password for it')).toBe(true);
    expect((await admins()).map((a) => a.email)).toEqual([email]);
    const password = email === ADMIN.email ? ADMIN.password : PASSWORD;
    expect((await signedIn(register.app, email, password)).csrf).not.toBe('');
    // And with an admin, a restart with the same variables changes nothing.
    expect(await ensureFirstAdmin(register.db, email, 'another password for it')).toBe(false);
  });
});
