import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, Agent, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
beforeAll(async () => {
  register = await startRegister();
  await signedIn(register.app, ADMIN.email, ADMIN.password);
});
afterAll(() => register.close());

describe('the audit table is append-only', () => {
  it('refuses UPDATE and DELETE by the application role', async () => {
    const [user] = await register.db.query<{ current_user: string }>('SELECT current_user');
    expect(user?.current_user).toBe('livcr_app');
    const before = await register.db.query('SELECT id, action FROM audit ORDER BY id');
    expect(before.length).toBeGreaterThan(0);
    await expect(register.db.query("UPDATE audit SET action = 'nothing'")).rejects.toThrow();
    await expect(register.db.query('DELETE FROM audit')).rejects.toThrow();
    await expect(register.db.query('TRUNCATE audit')).rejects.toThrow();
    expect(await register.db.query('SELECT id, action FROM audit ORDER BY id')).toEqual(before);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('refuses them even to the owner (the trigger)', async () => {
    const owner = register.owner;
    if (!owner) throw new Error('no owner connection');
    await expect(owner.query("UPDATE audit SET action = 'nothing'")).rejects.toThrow(/append-only/);
    await expect(owner.query('DELETE FROM audit')).rejects.toThrow(/append-only/);
  });

  it('GET /api/audit lists the writes for an admin, newest first', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    await new Agent(register.app).login(ADMIN.email, 'wrong password');
    const { entries } = (await admin.request('GET', '/api/audit')).json() as {
      entries: { action: string; actorEmail: string | null }[];
    };
    expect(entries.map((e) => e.action)).toEqual(['login_failed', 'login', 'login', 'first_admin']);
    expect(entries[0]?.actorEmail).toBe(ADMIN.email);
  });
});
