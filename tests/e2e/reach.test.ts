import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Smtp, startSmtp } from '../../server/test/smtp.ts';
import { AppDriver, PHONE } from './support/driver.ts';
import { ADMIN, type ServedRegister, serveRegister } from './support/register.ts';

const LIERDE = '45063';

describe('the register reaches the municipalities', () => {
  let smtp: Smtp;
  let register: ServedRegister;
  let app: AppDriver;
  const mailTo = async (email: string, count = 1) => {
    await expect.poll(() => smtp.to(email).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
    return smtp.to(email);
  };
  beforeAll(async () => {
    smtp = await startSmtp();
    // Mails to an in-process SMTP server, which the test reads.
    register = await serveRegister({ mail: { smtpUrl: smtp.url, sender: { baseDelayMs: 50, pollMs: 200 } } });
    app = await AppDriver.start(register.url);
  });
  afterAll(async () => {
    await app?.stop();
    await register?.close();
    await smtp?.stop();
  });

  it('a coordinator asks for Lierde, confirms by mail; an admin invites in bulk, approves the request, sees the outreach', async () => {
    const page = () => app.page;
    await app.given.app(`?lang=en&m=${LIERDE}`);
    const details = await app.then.detailsShow('Lierde');
    await details.getByRole('button', { name: 'I coordinate this municipality’s cell: request access' }).click();
    await details.getByLabel('Your work e-mail address').fill('preventie@lierde.be');
    expect(await details.getByLabel('Municipalities (names, separated by ;)').inputValue()).toBe('Lierde');
    await details.getByLabel('Your function, in words (no name)').fill('Prevention officer');
    await app.when.screenshot('reach-access-request-desktop');
    await details.getByRole('button', { name: 'Request access', exact: true }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toMatch(/Confirm your address/);
    // Sent, the form is cleared: it cannot go twice by a second click.
    expect(await details.getByLabel('Your work e-mail address').inputValue()).toBe('');

    const [confirmation] = await mailTo('preventie@lierde.be');
    await app.given.app(`${new URL(confirmation?.link ?? '').search}&lang=en`);
    const panel = page().getByRole('dialog', { name: 'The register' });
    await panel.getByRole('button', { name: 'Confirm my access request' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/Your address is confirmed/);

    // The admin signs in and invites three municipalities from a pasted CSV; one row is bad.
    await app.given.app('?lang=en');
    await page().getByRole('button', { name: 'Register', exact: true }).click();
    const signIn = page().getByRole('dialog', { name: 'The register' });
    await signIn.getByLabel('E-mail').fill(ADMIN.email);
    await signIn.getByLabel('Password').fill(ADMIN.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    const tools = signIn.getByRole('region', { name: 'Reaching the municipalities' });
    await tools
      .getByLabel('Or paste the rows')
      .fill(
        'municipality;email;language\nGeraardsbergen;preventie@geraardsbergen.be;\nnope;nope;\nLiège;pcs@liege.be;\nEupen;sicherheit@eupen.be;',
      );
    await tools.locator('form').getByRole('button', { name: 'Invite', exact: true }).click();
    await expect.poll(() => tools.getByText('3 invitations sent by mail.').isVisible()).toBe(true);
    expect(await tools.getByText('Row 3, column municipality: no municipality is called “nope”').isVisible()).toBe(
      true,
    );
    expect(await tools.getByText('Row 3, column email: “nope” is not an e-mail address').isVisible()).toBe(true);
    expect(await tools.getByLabel('Or paste the rows').inputValue()).toBe('');
    await app.when.screenshot('reach-bulk-desktop');
    const [eupen] = await mailTo('sicherheit@eupen.be');
    expect(eupen?.subject).toMatch(/^Einladung/);
    expect((await mailTo('pcs@liege.be'))[0]?.subject).toMatch(/^Invitation au registre/);

    await tools.getByRole('button', { name: 'Access requests' }).click();
    await expect.poll(() => tools.getByText('Function: Prevention officer').isVisible()).toBe(true);
    expect(await tools.getByText(/does not look like the municipality’s/).count()).toBe(0);
    await tools.getByRole('button', { name: 'Approve and invite' }).click();
    await expect.poll(() => tools.getByText('Nothing here.').isVisible()).toBe(true);
    // In the language the coordinator asked in (the atlas was in English).
    const [, invitation] = await mailTo('preventie@lierde.be', 2);
    expect(invitation?.subject).toMatch(/^Invitation to the LIVC-R register: Lierde/);

    await tools.getByRole('button', { name: 'Outreach' }).click();
    const invited = tools.locator('.outreach-counts tr', { hasText: 'Invited' });
    await expect.poll(() => invited.locator('td').textContent()).toBe('4');
    await app.when.screenshot('reach-outreach-desktop');
  }, 300_000);

  it('“Forgot your password?” answers and clears the form, on a phone', async () => {
    await app.given.app('?lang=en', { viewport: PHONE });
    // On a phone the panels' buttons are behind the header's Menu.
    await app.page.getByRole('button', { name: 'Menu' }).click();
    await app.page.getByRole('button', { name: 'Register', exact: true }).click();
    const panel = app.page.getByRole('dialog', { name: 'The register' });
    await panel.getByRole('button', { name: 'Forgot your password?' }).click();
    const form = panel.locator('.forgot');
    await form.getByLabel('E-mail').fill(ADMIN.email);
    await form.getByRole('button', { name: 'Send the link' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toMatch(/If this address has an account/);
    expect(await form.getByLabel('E-mail').inputValue()).toBe('');
    await app.when.screenshot('reach-forgot-phone');
    const [reset] = await mailTo(ADMIN.email);
    expect(reset?.link).toMatch(/\?reset=/);
  }, 180_000);
});
