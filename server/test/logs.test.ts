import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../redact.ts';
import { A, ADMIN, Agent, declaration, PASSWORD, type Register, signedIn, startRegister } from './harness.ts';

const lines: string[] = [];
let register: Register;
beforeAll(async () => {
  register = await startRegister({ log: { write: (line) => lines.push(line) } });
});
afterAll(() => register.close());

describe('secrets stay out of the log', () => {
  it('redacts tokens in logged URLs', () => {
    const token = 'Qm9ndXNUb2tlbkJvZ3VzVG9rZW5Cb2d1c1Rva2VuQm9n';
    expect(redactUrl(`/api/invitations/${token}/accept`)).toBe('/api/invitations/[redacted]/accept');
    expect(redactUrl(`/?invitation=${token}&lang=nl`)).toBe('/?invitation=[redacted]&lang=nl');
    expect(redactUrl('/api/invitations/short/accept')).toBe('/api/invitations/[redacted]/accept');
    expect(redactUrl('/api/declarations?state=pending')).toBe('/api/declarations?state=pending');
  });

  it('a full flow logs none of the tokens it issued', async () => {
    const issued: string[] = [];
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    issued.push(admin.cookie.split('=')[1] ?? '', admin.csrf);
    const invitation = await admin.request('POST', '/api/invitations', { role: 'editor', municipalities: [A] });
    const token = new URL((invitation.json() as { url: string }).url).searchParams.get('invitation') ?? '';
    issued.push(token);
    // The link as a browser opens it, then the accept the page makes.
    await register.app.inject(`/?invitation=${token}`);
    const accepted = await new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
      email: 'logged@example.org',
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(201);
    const editor = await signedIn(register.app, 'logged@example.org', PASSWORD);
    issued.push(editor.cookie.split('=')[1] ?? '', editor.csrf);
    const { id } = (await editor.request('POST', '/api/declarations', declaration(A))).json() as { id: number };
    expect((await admin.request('POST', `/api/declarations/${id}/approve`)).statusCode).toBe(200);
    await admin.request('DELETE', '/api/session');
    // A used token, tried again, and a wrong password: logged as requests, never as secrets.
    await new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
      email: 'again@example.org',
      password: PASSWORD,
    });
    await new Agent(register.app).login(ADMIN.email, 'a wrong password');

    const log = lines.join('');
    expect(log).toContain('/api/invitations/[redacted]/accept');
    expect(issued.filter((t) => t.length < 20)).toEqual([]);
    for (const secret of [...issued, PASSWORD, ADMIN.password, 'a wrong password']) expect(log).not.toContain(secret);
  });
});
