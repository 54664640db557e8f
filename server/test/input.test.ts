import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ADMIN, Agent, B, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
let admin: Agent;
let editor: Agent;
beforeAll(async () => {
  // Few logins allowed here: the last test runs into the limit.
  register = await startRegister({ loginMax: 6 });
  admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
  editor = await invited(admin, 'editor@example.org', 'editor', [A, B]);
});
afterAll(() => register.close());

const INJECTION = "'; DROP TABLE audit; --";

describe('bad input gets a 400 naming the field', () => {
  const cases: { name: string; body: () => unknown; field: string; code?: string }[] = [
    { name: 'SQL in nis', body: () => declaration(`${A}${INJECTION}`), field: 'nis' },
    { name: 'SQL in status', body: () => declaration(A, { status: `active${INJECTION}` }), field: 'status' },
    { name: 'SQL in members', body: () => declaration(A, { members: [INJECTION] }), field: 'members' },
    { name: 'a number for a status', body: () => declaration(A, { status: 1 }), field: 'status', code: 'type' },
    { name: 'a number for nis', body: () => declaration(41002), field: 'nis', code: 'type' },
    { name: 'a string for members', body: () => declaration(A, { members: B }), field: 'members', code: 'type' },
    { name: 'an unknown property', body: () => declaration(A, { person: 'x' }), field: 'person' },
    { name: 'a missing level', body: () => ({ nis: A, status: 'active' }), field: 'level', code: 'required' },
    {
      name: 'a javascript: URL',
      body: () => declaration(A, { source_url: 'javascript:alert(1)' }),
      field: 'source_url',
      code: 'invalid_url',
    },
    { name: 'an unknown NIS code', body: () => declaration('99999'), field: 'nis', code: 'unplaced' },
    {
      name: 'an unknown member',
      body: () => declaration(A, { level: 'intermunicipal', members: ['99998'] }),
      field: 'members',
    },
    {
      name: 'an unknown status',
      body: () => declaration(A, { status: 'maybe' }),
      field: 'status',
      code: 'invalid_status',
    },
    { name: 'a bad date', body: () => declaration(A, { established_on: '2019-13' }), field: 'established_on' },
    { name: 'an oversize note', body: () => declaration(A, { note: 'x'.repeat(10_001) }), field: 'note' },
    { name: 'an oversize body', body: () => ({ ...declaration(A), pad: 'x'.repeat(100_000) }), field: 'body' },
  ];
  it.each(cases)('$name → $field', async ({ body, field, code }) => {
    const response = await editor.request('POST', '/api/declarations', body());
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid', field, ...(code ? { code } : {}) });
  });

  it('SQL in a login, an id or an invitation → 400, and the tables are still there', async () => {
    const login = await new Agent(register.app).request('POST', '/api/session', { email: INJECTION, password: 'x' });
    expect(login.json()).toMatchObject({ field: 'email' });
    const approve = await admin.request('POST', `/api/declarations/${encodeURIComponent(`1 OR 1=1`)}/approve`);
    expect(approve.json()).toMatchObject({ field: 'id' });
    const invitation = await admin.request('POST', '/api/invitations', { role: 'editor', municipalities: ['99999'] });
    expect(invitation.json()).toMatchObject({ field: 'municipalities', code: 'unknown_municipality' });
    expect((await register.db.query('SELECT count(*) AS n FROM audit')).length).toBe(1);
  });

  it('stores text with quotes verbatim', async () => {
    const note = `L'échevin said "yes"; ${INJECTION} =1+1 \\ ok `;
    const response = await editor.request('POST', '/api/declarations', declaration(A, { note }));
    expect(response.statusCode).toBe(201);
    const { declarations } = (await editor.request('GET', '/api/declarations')).json() as {
      declarations: { cell: { note: string } }[];
    };
    expect(declarations.at(-1)?.cell.note).toBe(note);
  });

  it('refuses a write without the CSRF token, or with another one', async () => {
    const missing = await editor.request('POST', '/api/declarations', declaration(A), { csrf: false });
    expect(missing.statusCode).toBe(403);
    const wrong = await editor.request('POST', '/api/declarations', declaration(A), {
      csrf: false,
      headers: { 'x-csrf-token': 'not-the-token' },
    });
    expect(wrong.statusCode).toBe(403);
  });
});

describe('invitations', () => {
  it('are used once; a taken e-mail leaves them usable; without one nobody learns who has an account', async () => {
    const response = await admin.request('POST', '/api/invitations', { role: 'editor', municipalities: [A] });
    const url = new URL((response.json() as { url: string }).url);
    const accept = (token: string, email: string) =>
      new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
        email,
        password: 'long enough password',
      });
    const token = url.searchParams.get('invitation') ?? '';
    expect((await accept('not-a-token', ADMIN.email)).statusCode).toBe(404);
    expect((await accept(token, ADMIN.email)).statusCode).toBe(409);
    expect((await accept(token, 'second@example.org')).statusCode).toBe(201);
    expect((await accept(token, 'third@example.org')).statusCode).toBe(404);
  });
});

describe('signing in', () => {
  it('keeps passwords as argon2id hashes', async () => {
    const rows = await register.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    for (const { password_hash } of rows) expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers the same 401 whether or not the account exists, then limits the rate', async () => {
    const agent = new Agent(register.app);
    const known = await agent.login(ADMIN.email, 'wrong password');
    const unknown = await agent.login('nobody@example.org', 'wrong password');
    expect([known.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(known.body).toBe(unknown.body);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await agent.login('nobody@example.org', 'x')).statusCode);
    expect(statuses).toContain(429);
  });
});
