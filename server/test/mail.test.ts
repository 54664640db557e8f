import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShippedData } from '../content.ts';
import { areaLanguage } from '../mail/language.ts';
import { ADMIN, Agent, PASSWORD, type Register, signedIn, startRegister } from './harness.ts';
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

const { lookup } = loadShippedData();
/** Municipalities from each language area: every fifth Flemish, Walloon and Brussels one, and the German-speaking ones. */
const sample = [
  ...lookup.municipalities
    .filter((m) => m.region === '02000')
    .filter((_, i) => i % 40 === 0)
    .slice(0, 6),
  ...lookup.municipalities
    .filter((m) => m.region === '03000' && !m.nis.startsWith('63'))
    .filter((_, i) => i % 40 === 0)
    .slice(0, 6),
  ...lookup.municipalities.filter((m) => m.region === '04000').slice(0, 2),
  ...lookup.municipalities.filter((m) => ['63023', '63040', '63061'].includes(m.nis)),
];

/** Waits until `count` mails have arrived at `email`s, however slow the machine. */
async function arrived(count: number, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (smtp.received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return smtp.received;
}

describe('bulk invitations by mail', () => {
  it('invites 17 of 20 rows, names the 3 bad rows, and mails each in its language with a working link', async () => {
    expect(sample).toHaveLength(17);
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const lines = sample.map((m, i) => {
      // Names in any language and NIS codes, as the import reads them; one row picks its language.
      const reference = i % 2 === 0 ? m.nis : m.names.fr;
      return `${reference};coordinator${i}@example.org;${i === 3 ? 'en' : ''}`;
    });
    lines.splice(4, 0, 'Atlantis;lost@example.org;');
    lines.splice(9, 0, `${sample[1]?.nis};not-an-address;`);
    lines.splice(15, 0, `${sample[2]?.nis};coordinator0@example.org;`);
    const csv = ['municipality;email;language', ...lines].join('\n');
    const response = await admin.request('POST', '/api/invitations/bulk', { csv });
    expect(response.statusCode).toBe(201);
    const body = response.json() as {
      invited: { row: number }[];
      problems: { row: number; column: string; code: string }[];
    };
    expect(body.invited).toHaveLength(17);
    expect(body.problems).toEqual([
      expect.objectContaining({ row: 6, column: 'municipality', code: 'unknown_municipality' }),
      expect.objectContaining({ row: 11, column: 'email', code: 'bad_email' }),
      expect.objectContaining({ row: 17, column: 'email', code: 'duplicate_email', params: { row: '2' } }),
    ]);

    const mails = await arrived(17);
    expect(mails).toHaveLength(17);
    sample.forEach((m, i) => {
      const [mail] = smtp.to(`coordinator${i}@example.org`);
      const language = i === 3 ? 'en' : areaLanguage(m);
      expect(mail?.language).toBe(language);
      expect(mail?.link).toMatch(/\?invitation=[\w-]{20,}$/);
      // No remote images, no tracking: the HTML loads nothing.
      expect(mail?.html).not.toMatch(/<img|src=/i);
    });
    expect(smtp.to('coordinator14@example.org')[0]?.subject).toMatch(/^Einladung/);
    expect(smtp.to('coordinator0@example.org')[0]?.subject).toMatch(/^Uitnodiging/);

    // The link makes the account of the address it was mailed to, and no other.
    const token = new URL(smtp.to('coordinator0@example.org')[0]?.link ?? '').searchParams.get('invitation') ?? '';
    const other = await new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
      email: 'someone.else@example.org',
      password: PASSWORD,
    });
    expect(other.json()).toMatchObject({ field: 'email', code: 'not_invited_email' });
    const accepted = await new Agent(register.app).request('POST', `/api/invitations/${token}/accept`, {
      email: 'coordinator0@example.org',
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ user: { role: 'editor', municipalities: [sample[0]?.nis] } });
  });

  it('re-sends, renews and revokes; a re-sent invitation’s old link no longer works', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const list = await admin.request('GET', '/api/invitations?state=pending&email=coordinator1@');
    const [invitation] = (list.json() as { invitations: { id: number; state: string }[] }).invitations;
    expect(invitation?.state).toBe('pending');
    const before = smtp.received.length;
    expect((await admin.request('POST', `/api/invitations/${invitation?.id}/resend`)).json()).toEqual({
      ok: true,
      mailed: true,
    });
    await arrived(before + 1);
    const [first, second] = smtp.to('coordinator1@example.org');
    expect(second?.link).not.toBe(first?.link);
    const token = (link?: string) => new URL(link ?? '').searchParams.get('invitation') ?? '';
    const stale = await new Agent(register.app).request('POST', `/api/invitations/${token(first?.link)}/accept`, {
      email: 'coordinator1@example.org',
      password: PASSWORD,
    });
    expect(stale.statusCode).toBe(404);
    expect((await admin.request('POST', `/api/invitations/${invitation?.id}/revoke`)).statusCode).toBe(200);
    const revoked = await new Agent(register.app).request('POST', `/api/invitations/${token(second?.link)}/accept`, {
      email: 'coordinator1@example.org',
      password: PASSWORD,
    });
    expect(revoked.statusCode).toBe(404);
    expect((await admin.request('POST', `/api/invitations/${invitation?.id}/resend`)).statusCode).toBe(409);
    const states = await admin.request('GET', '/api/invitations?state=revoked');
    expect((states.json() as { total: number }).total).toBe(1);
  });

  it('loses no mail while the SMTP server is down, and sends each once when it is back', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    await register.app.mail.idle();
    const before = smtp.received.length;
    await smtp.stop();
    const csv = [
      'municipality,email',
      ...lookup.municipalities.slice(100, 130).map((m, i) => `${m.nis},down${i}@example.org`),
    ].join('\n');
    const response = await admin.request('POST', '/api/invitations/bulk', { csv });
    expect((response.json() as { invited: unknown[] }).invited).toHaveLength(30);
    // The sender tries, fails and backs off; the mails wait in the outbox.
    const until = Date.now() + 30_000;
    let failing: { n: number }[] = [];
    while (Date.now() < until) {
      failing = await register.db.query<{ n: number }>(
        "SELECT count(*)::integer AS n FROM outbox WHERE state = 'pending' AND attempts > 0 AND last_error IS NOT NULL",
      );
      if ((failing[0]?.n ?? 0) > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(failing[0]?.n).toBeGreaterThan(0);
    await smtp.start();
    const mails = await arrived(before + 30);
    await register.app.mail.idle();
    const down = mails.filter((m) => m.to.startsWith('down'));
    expect(down).toHaveLength(30);
    expect(new Set(down.map((m) => m.to)).size).toBe(30);
    const [states] = await register.db.query<{ sent: number; open: number }>(
      "SELECT count(*) FILTER (WHERE state = 'sent')::integer AS sent, count(*) FILTER (WHERE state <> 'sent')::integer AS open FROM outbox",
    );
    expect(states?.open).toBe(0);
    // A sent mail keeps no body: a copy of the outbox holds no live link.
    const [bodies] = await register.db.query<{ n: number }>(
      'SELECT count(*)::integer AS n FROM outbox WHERE body_text IS NOT NULL',
    );
    expect(bodies?.n).toBe(0);
  });
});
