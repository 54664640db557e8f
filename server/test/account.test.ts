import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, ADMIN, Agent, declaration, PASSWORD, type Register, signedIn, startRegister } from './harness.ts';
import { type Smtp, startSmtp } from './smtp.ts';

let smtp: Smtp;
let register: Register;
beforeAll(async () => {
  smtp = await startSmtp();
  register = await startRegister({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await register.close();
  await smtp.stop();
});

async function mailTo(email: string, count = 1, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (smtp.to(email).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return smtp.to(email);
}
const param = (link: string | undefined, name: string) => new URL(link ?? 'http://x/').searchParams.get(name) ?? '';

describe('from the invitation mail to the decision mail', () => {
  it('an invited editor accepts by the mail’s link, declares, and receives the moderator’s decision', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const invited = await admin.request('POST', '/api/invitations', {
      role: 'editor',
      municipalities: [A],
      email: 'Editor@Aalst.example.org',
    });
    expect(invited.json()).toMatchObject({ mailed: true });
    const [invitation] = await mailTo('editor@aalst.example.org');
    expect(invitation?.language).toBe('nl');
    const accepted = await new Agent(register.app).request(
      'POST',
      `/api/invitations/${param(invitation?.link, 'invitation')}/accept`,
      { email: 'editor@aalst.example.org', password: PASSWORD },
    );
    expect(accepted.statusCode).toBe(201);
    const editor = await signedIn(register.app, 'editor@aalst.example.org', PASSWORD);
    const first = await editor.request('POST', '/api/declarations', declaration(A));
    const second = await editor.request('POST', '/api/declarations', declaration(A, { note: 'Second try' }));
    const [id1, id2] = [first, second].map((r) => (r.json() as { id: number }).id);

    expect(
      (await admin.request('POST', `/api/declarations/${id1}/reject`, { reason: 'Source <b>missing</b>' })).statusCode,
    ).toBe(200);
    expect((await admin.request('POST', `/api/declarations/${id2}/approve`)).statusCode).toBe(200);
    const [, rejected, approved] = await mailTo('editor@aalst.example.org', 3);
    expect(rejected?.subject).toMatch(/niet goedgekeurd/);
    expect(rejected?.text).toContain('Reden: Source <b>missing</b>');
    expect(rejected?.html).toContain('Source &lt;b&gt;missing&lt;/b&gt;');
    expect(approved?.subject).toMatch(/is goedgekeurd/);
    expect(param(approved?.link, 'm')).toBe(A);
    expect(param(approved?.link, 'lang')).toBe('nl');
  });
});

describe('forgot password', () => {
  it('answers the same for an existing and an unknown address; the link resets and ends the old session', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const anonymous = new Agent(register.app);
    const known = await anonymous.request('POST', '/api/password-reset', { email: 'editor@aalst.example.org' });
    const unknown = await anonymous.request('POST', '/api/password-reset', { email: 'nobody@example.org' });
    expect([known.statusCode, known.body]).toEqual([unknown.statusCode, unknown.body]);
    expect(known.statusCode).toBe(202);

    const old = await signedIn(register.app, 'editor@aalst.example.org', PASSWORD);
    const mails = await mailTo('editor@aalst.example.org', 4);
    const reset = mails[3];
    expect(reset?.subject).toMatch(/wachtwoord/);
    const token = param(reset?.link, 'reset');
    const short = await anonymous.request('POST', `/api/password-reset/${token}`, { password: 'short' });
    expect(short.statusCode).toBe(400);
    const done = await anonymous.request('POST', `/api/password-reset/${token}`, {
      password: 'a brand new long password',
    });
    expect(done.statusCode).toBe(200);
    expect((await old.request('GET', '/api/session')).statusCode).toBe(401);
    expect((await anonymous.login('editor@aalst.example.org', PASSWORD)).statusCode).toBe(401);
    expect((await anonymous.login('editor@aalst.example.org', 'a brand new long password')).statusCode).toBe(200);
    const again = await new Agent(register.app).request('POST', `/api/password-reset/${token}`, {
      password: 'yet another long password',
    });
    expect(again.statusCode).toBe(404);
    expect(smtp.to('nobody@example.org')).toHaveLength(0);

    const audit = (await admin.request('GET', '/api/audit')).json() as { entries: { action: string }[] };
    const actions = audit.entries.map((e) => e.action);
    expect(actions).toContain('password_reset_requested');
    expect(actions).toContain('password_reset');
  });

  it('mails one account at most three resets an hour, however often it is asked', async () => {
    const before = smtp.to('editor@aalst.example.org').length;
    for (let i = 0; i < 5; i++) {
      await new Agent(register.app).request('POST', '/api/password-reset', { email: 'editor@aalst.example.org' });
    }
    await mailTo('editor@aalst.example.org', before + 2);
    await register.app.mail.idle();
    const [row] = await register.db.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM outbox WHERE kind = 'password_reset' AND recipient = 'editor@aalst.example.org'",
    );
    expect(row?.n).toBe(3);
  });
});

describe('disabled accounts', () => {
  it('cannot sign in and lose their sessions; enabled again, they sign in', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const editor = await signedIn(register.app, 'editor@aalst.example.org', 'a brand new long password');
    const users = (await admin.request('GET', '/api/users')).json() as { users: { id: number; email: string }[] };
    const id = users.users.find((u) => u.email === 'editor@aalst.example.org')?.id;
    expect((await admin.request('POST', `/api/users/${id}/disable`)).statusCode).toBe(200);
    expect((await editor.request('GET', '/api/session')).statusCode).toBe(401);
    const refused = await new Agent(register.app).login('editor@aalst.example.org', 'a brand new long password');
    expect(refused.json()).toEqual({ error: 'account_disabled' });
    expect((await admin.request('POST', `/api/users/${id}/disable`)).statusCode).toBe(409);
    expect((await editor.request('POST', `/api/users/${id}/enable`)).statusCode).toBe(401);
    expect((await admin.request('POST', `/api/users/${id}/enable`)).statusCode).toBe(200);
    expect(
      (await new Agent(register.app).login('editor@aalst.example.org', 'a brand new long password')).statusCode,
    ).toBe(200);
    const self = (await admin.request('GET', '/api/session')).json() as { user: { id: number } };
    expect((await admin.request('POST', `/api/users/${self.user.id}/disable`)).statusCode).toBe(400);
  });
});
