import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarationWriter } from '../declare.ts';
import { A, ADMIN, type Agent, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
let admin: Agent;
let editor: Agent;
beforeAll(async () => {
  register = await startRegister();
  admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
  editor = await invited(admin, 'poison@example.org', 'editor', [A]);
});
afterAll(() => register.close());

describe("one request's bad text never fails another's", () => {
  it('60 valid concurrent declarations and one with a NUL byte: the 60 are stored, the bad one gets 400 note', async () => {
    const valid = Array.from({ length: 60 }, (_, i) =>
      editor.request('POST', '/api/declarations', declaration(A, { note: `valid ${i}` })),
    );
    const bad = editor.request('POST', '/api/declarations', declaration(A, { note: 'poisoned \u0000 note' }));
    const [responses, poisoned] = await Promise.all([Promise.all(valid), bad]);
    // Each valid one is stored, or refused only by the pending cap with its 409.
    expect(responses.filter((r) => r.statusCode >= 500)).toEqual([]);
    for (const r of responses) expect([201, 409]).toContain(r.statusCode);
    for (const r of responses.filter((r) => r.statusCode === 409))
      expect(r.json()).toMatchObject({ error: 'pending_cap' });
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.json()).toEqual({ error: 'invalid', field: 'note', code: 'nul_byte' });
  });

  it.each([
    [
      'a note',
      '/api/declarations',
      () => declaration(A, { note: 'half a pair \ud83d here' }),
      'note',
      'lone_surrogate',
    ],
    [
      'a login e-mail',
      '/api/session',
      () => ({ email: 'x\u0000@example.org', password: 'whatever' }),
      'email',
      'nul_byte',
    ],
    ['a member list', '/api/declarations', () => declaration(A, { members: ['\udc00'] }), 'members', 'lone_surrogate'],
  ])('%s with unstorable text → 400 naming the field', async (_, url, body, field, code) => {
    const response = await editor.request('POST', url, body());
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'invalid', field, code });
  });

  it('a reject reason with a NUL byte → 400 reason, the declaration stays pending', async () => {
    // The editor is at the pending cap by now: any of its pending declarations will do.
    const [pending] = await register.db.query<{ id: number }>("SELECT id FROM declarations WHERE state = 'pending'");
    const id = pending?.id;
    const response = await admin.request('POST', `/api/declarations/${id}/reject`, { reason: 'no\u0000' });
    expect(response.json()).toEqual({ error: 'invalid', field: 'reason', code: 'nul_byte' });
    const [row] = await register.db.query<{ state: string }>('SELECT state FROM declarations WHERE id = $1', [id]);
    expect(row?.state).toBe('pending');
  });

  it('behind the door too: a batch with an unstorable row stores the others (the group commit retries row by row)', async () => {
    const [user] = await register.db.query<{ id: number }>("SELECT id FROM users WHERE email = 'poison@example.org'");
    const write = declarationWriter(register.db);
    const row = (note: string) => ({ nis: A, cell: { note }, declaredBy: user?.id ?? 0 });
    const outcomes = await Promise.allSettled(['first', 'second', 'bad \u0000', 'third'].map((n) => write(row(n))));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });
});
