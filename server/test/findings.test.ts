import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegister } from '../app.ts';
import { passwordProblem } from '../auth/policy.ts';
import { ensureFirstAdmin } from '../bootstrap.ts';
import { loadShippedData } from '../content.ts';
import { A, ADMIN, Agent, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
/** The same database as deployed: a public URL configured. */
let deployed: FastifyInstance;
beforeAll(async () => {
  register = await startRegister();
  deployed = await buildRegister({
    db: register.db,
    shipped: loadShippedData(),
    indexHtml: readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8'),
    publicUrl: 'https://register.example.org/',
  });
});
afterAll(async () => {
  await deployed.close();
  await register.close();
});

describe('the smaller findings of the probe', () => {
  it('builds invitation links from the public URL, whatever Host or X-Forwarded-Host say', async () => {
    const admin = await signedIn(deployed, ADMIN.email, ADMIN.password);
    const response = await admin.request(
      'POST',
      '/api/invitations',
      { role: 'moderator' },
      {
        headers: { host: 'evil.example.com', 'x-forwarded-host': 'evil.example.com' },
      },
    );
    expect((response.json() as { url: string }).url).toMatch(/^https:\/\/register\.example\.org\/\?invitation=/);
  });

  it('sends Cache-Control: no-store on signed-in JSON, and keeps the snapshot revalidated', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    for (const url of ['/api/session', '/api/users', '/api/audit', '/api/declarations']) {
      expect((await admin.request('GET', url)).headers['cache-control']).toBe('no-store');
    }
    expect((await register.app.inject('/api/snapshot/meta.json')).headers['cache-control']).toBe('no-cache');
  });

  it("refuses a write whose Origin is another site's (403 origin), accepts its own", async () => {
    const admin = await signedIn(deployed, ADMIN.email, ADMIN.password);
    const body = { role: 'moderator' };
    const foreign = await admin.request('POST', '/api/invitations', body, {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toEqual({ error: 'origin' });
    const own = await admin.request('POST', '/api/invitations', body, {
      headers: { origin: 'https://register.example.org' },
    });
    expect(own.statusCode).toBe(201);
    // Without a public URL the request's own origin is the one.
    const local = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const same = await local.request('POST', '/api/invitations', body, { headers: { origin: 'http://localhost:80' } });
    expect(same.statusCode).toBe(201);
  });

  it.each([
    ['twelve spaces', '            ', 'too_simple'],
    ['one character', 'aaaaaaaaaaaaaaaa', 'too_simple'],
    ['short', 'x', 'too_short'],
    ['the e-mail', 'new.person@example.org', 'contains_email'],
    ['the name of the e-mail', 'new.person 2026!', 'contains_email'],
    ['a common one', 'Password1234', 'common'],
  ])('refuses a password that is %s', async (_, password, code) => {
    expect(passwordProblem(password, 'new.person@example.org')).toBe(code);
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const invitation = await admin.request('POST', '/api/invitations', { role: 'editor', municipalities: [A] });
    const token = new URL((invitation.json() as { url: string }).url).searchParams.get('invitation') ?? '';
    const response = await new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
      email: 'new.person@example.org',
      password,
    });
    expect(response.json()).toEqual({ error: 'invalid', field: 'password', code });
  });

  it('applies the password rule to the first admin too', async () => {
    // With an admin, a restart is left alone whatever the variables say.
    expect(await ensureFirstAdmin(register.db, 'boot@example.org', 'x')).toBe(false);
    await register.db.query("UPDATE users SET role = 'moderator' WHERE role = 'admin'");
    try {
      await expect(ensureFirstAdmin(register.db, 'boot@example.org', 'x')).rejects.toThrow(/REGISTER_ADMIN_PASSWORD/);
    } finally {
      await register.db.query("UPDATE users SET role = 'admin' WHERE email = $1", [ADMIN.email]);
    }
    expect(passwordProblem('a long enough password', 'editor@example.org')).toBeUndefined();
  });
});
