import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Smtp, startSmtp } from '../../server/test/smtp.ts';
import { AppDriver, PHONE } from './support/driver.ts';
import { mapHooks } from './support/map-hooks.ts';
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

    // The moderators' map mode colours every municipality by the same states, and counts them.
    await signIn.getByRole('button', { name: 'Close' }).click();
    await expectOutreachMap();
    await app.when.screenshot('reach-outreach-map-desktop');
  }, 300_000);

  /** Switches the map to the outreach and checks it against the register's own view. */
  const expectOutreachMap = async () => {
    const uploads = await app.geojsonUploads();
    await app.page.getByLabel('Colour the map by outreach').check();
    await app.page.waitForSelector('[data-testid="map"][data-map-mode="outreach"]', { timeout: 30_000 });
    const legend = app.page.getByRole('region', { name: 'Outreach of the register' });
    const outreach = (await app.page.evaluate(() =>
      fetch('/api/outreach', { credentials: 'same-origin' }).then((r) => r.json()),
    )) as { counts: Record<string, number>; municipalities: { nis: string; state: string }[] };
    expect(outreach.counts.invited).toBe(4);
    for (const [state, count] of Object.entries(outreach.counts)) {
      expect(await legend.locator(`li[data-state="${state}"] .legend-count`).textContent()).toBe(String(count));
    }
    // Every municipality that is a piece of land of its own shows its state (the merged ones their parts').
    const drawn = await mapHooks(app.page).outreach(outreach.municipalities.map((m) => m.nis));
    const stateOf = new Map(outreach.municipalities.map((m) => [m.nis, m.state]));
    const own = drawn.filter((d) => d.state !== null);
    expect(own.length).toBeGreaterThan(500);
    expect(own.filter((d) => d.state !== stateOf.get(d.nis))).toEqual([]);
    expect(own.filter((d) => d.state === 'invited').map((d) => d.nis)).toEqual(
      expect.arrayContaining([LIERDE, '41018', '62063', '63023']),
    );
    // Restyled, never uploaded again.
    expect(await app.geojsonUploads()).toBe(uploads);
  };

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

  it('the moderators’ map mode on a phone: the legend counts the states, the map shows them', async () => {
    await app.given.app('?lang=en', { viewport: PHONE });
    await app.page.getByRole('button', { name: 'Menu' }).click();
    await app.page.getByRole('button', { name: 'Register', exact: true }).click();
    const panel = app.page.getByRole('dialog', { name: 'The register' });
    await panel.getByLabel('E-mail').fill(ADMIN.email);
    await panel.getByLabel('Password').fill(ADMIN.password);
    await panel.getByRole('button', { name: 'Sign in' }).click();
    await panel.getByRole('region', { name: 'Reaching the municipalities' }).waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expectOutreachMap();
    // The legend under the map, from its heading.
    await app.page
      .getByRole('region', { name: 'Outreach of the register' })
      .evaluate((legend) => legend.scrollIntoView({ block: 'center' }));
    await app.when.screenshot('reach-outreach-map-phone');
    // Switched off, the map and the legend are the statements' again.
    await app.page.getByLabel('Colour the map by outreach').uncheck();
    await app.page.waitForSelector('[data-testid="map"][data-map-mode="coverage"]', { timeout: 30_000 });
    await app.page.getByRole('region', { name: 'LIVC-R coverage', exact: true }).waitFor();
  }, 180_000);
});
