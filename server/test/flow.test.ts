import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportContext } from '../../src/data/import/context.ts';
import { importCsv } from '../../src/data/import/index.ts';
import { loadShippedData } from '../content.ts';
import { migrationFiles } from '../db/migrate.ts';
import { A, ADMIN, Agent, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
beforeAll(async () => {
  register = await startRegister();
});
afterAll(() => register.close());

describe('invite → accept → declare → approve → snapshot', () => {
  it('publishes the approved declaration in the import schema, with ETag and 304', async () => {
    const { app } = register;
    const admin = await signedIn(app, ADMIN.email, ADMIN.password);
    const moderator = await invited(admin, 'moderator@example.org', 'moderator');
    const editor = await invited(moderator, 'editor@aalst.example.org', 'editor', [A]);

    const session = await editor.request('GET', '/api/session');
    expect(session.json()).toMatchObject({ user: { role: 'editor', municipalities: [A] }, csrfToken: editor.csrf });

    const before = await new Agent(app).request('GET', '/api/snapshot/cells.csv');
    expect(before.statusCode).toBe(200);
    const etag = before.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const declared = await editor.request('POST', '/api/declarations', declaration(A, { note: 'Since "2019"' }));
    expect(declared.statusCode).toBe(201);
    const { id, state } = declared.json() as { id: number; state: string };
    expect(state).toBe('pending');

    const mine = await editor.request('GET', '/api/declarations');
    expect(mine.json()).toMatchObject({ declarations: [{ id, state: 'pending', nis: A }] });
    const queue = await moderator.request('GET', '/api/declarations?state=pending');
    expect(queue.json()).toMatchObject({ declarations: [{ id, state: 'pending', cell: { level: 'municipal' } }] });

    const approved = await moderator.request('POST', `/api/declarations/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect((await editor.request('GET', '/api/declarations')).json()).toMatchObject({
      declarations: [{ id, state: 'approved' }],
    });

    const after = await new Agent(app).request('GET', '/api/snapshot/cells.csv', undefined, {
      headers: { 'if-none-match': etag },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers['content-type']).toMatch(/^text\/csv/);
    const newTag = after.headers.etag as string;
    expect(newTag).not.toBe(etag);
    const again = await new Agent(app).request('GET', '/api/snapshot/cells.csv', undefined, {
      headers: { 'if-none-match': newTag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    // The atlas's own import path reads the snapshot unchanged, with the statement's provenance.
    const shipped = loadShippedData();
    const imported = importCsv(after.rawPayload, 'cells.csv', createImportContext(shipped.lookup), {
      origin: 'register',
    });
    expect(imported.report.rejected).toBe(0);
    const cells = imported.kind === 'cells' ? imported.cells : [];
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    expect(cells.find((c) => c.id === `reg-${id}`)).toMatchObject({
      municipalities: [A],
      status: 'active',
      level: 'municipal',
      establishedOn: '2019-05',
      sourceUrl: 'https://example.org/livc-r',
      sourceDate: today,
      origin: 'register',
      updatedOn: today,
      note: 'Since "2019"',
    });

    const meta = await new Agent(app).request('GET', '/api/snapshot/meta.json');
    expect(meta.json()).toMatchObject({ version: 1, counts: { cells: { register: 1 } } });
    const initiatives = await new Agent(app).request('GET', '/api/snapshot/initiatives.csv');
    expect(initiatives.body).toBe(shipped.initiativesCsv);
  });

  it('signs out, and health reports the migration', async () => {
    const { app } = register;
    const admin = await signedIn(app, ADMIN.email, ADMIN.password);
    expect((await admin.request('DELETE', '/api/session')).statusCode).toBe(200);
    expect((await admin.request('GET', '/api/session')).statusCode).toBe(401);
    const health = await new Agent(app).request('GET', '/api/health');
    expect(health.json()).toMatchObject({
      database: 'reachable',
      migration: migrationFiles().at(-1)?.version,
      writes: 'ok',
    });
  });

  it('sends the security headers and a session cookie that is httpOnly and SameSite=Strict', async () => {
    const response = await new Agent(register.app).request('POST', '/api/session', ADMIN);
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'.*; frame-ancestors 'none'$/);
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
    });
    expect(response.headers['permissions-policy']).toContain('camera=()');
    const cookie = response.cookies.find((c) => c.name === 'livcr_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
    expect(cookie?.secure).toBeFalsy();
    const proxied = await register.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: ADMIN,
      headers: { 'x-forwarded-proto': 'https' },
    });
    // Without trustProxy a forwarded header proves nothing; behind a proxy README says to set it.
    expect(proxied.cookies[0]?.secure).toBeFalsy();
  });
});
