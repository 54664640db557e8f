import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDriver } from './support/driver.ts';
import { mapHooks } from './support/map-hooks.ts';
import { invitationUrl, type ServedRegister, serveRegister } from './support/register.ts';

const AALST = '41002';
const BONHEIDEN = '12005'; // a public statement, in the register's snapshot too

describe('the register behind the atlas', () => {
  let register: ServedRegister;
  let app: AppDriver;
  beforeAll(async () => {
    register = await serveRegister();
    app = await AppDriver.start(register.url);
  });
  afterAll(async () => {
    await app?.stop();
    await register?.close();
  });

  /** Opens an invitation link as its invitee would, makes the account, and returns the register's panel. */
  async function acceptInvitation(email: string, invitation: Parameters<typeof invitationUrl>[1]) {
    const link = new URL(await invitationUrl(register.app, invitation));
    await app.given.app(`${link.search}&lang=en`);
    const panel = app.page.getByRole('dialog', { name: 'The register' });
    await panel.getByLabel('E-mail').fill(email);
    await panel.getByLabel('Password').fill('a long enough password');
    await panel.getByRole('button', { name: 'Accept the invitation' }).click();
    await expect.poll(() => panel.getByText(`Signed in as ${email}`).isVisible()).toBe(true);
    return panel;
  }

  it('an invited editor declares Aalst’s cell, a moderator approves it, and the atlas shows it', async () => {
    const page = () => app.page;
    // The editor opens the invitation link, makes the account and is signed in.
    await acceptInvitation('editor@aalst.example', { role: 'editor', municipalities: [AALST] });

    // In Aalst's details: the form, with the import's vocabulary and a note with quotes.
    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    const details = await app.then.detailsShow('Aalst');
    await details.getByRole('button', { name: 'Declare or correct this municipality’s cell' }).click();
    await details.getByLabel('Status').selectOption('active');
    await details.getByLabel('Level').selectOption('municipal');
    await details.getByLabel('Established on').fill('2019-05-01');
    await details.getByLabel('Source (web address, optional)').fill('https://www.aalst.be/livc-r');
    await details.getByLabel('Note (no personal data)').fill('Meets "every month" <b>not bold</b>');
    await details.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toMatch(/waiting for review/);

    // A moderator, invited the same way, approves it from the queue, beside what is published now.
    const queuePanel = await acceptInvitation('moderator@example.org', { role: 'moderator' });
    const queue = queuePanel.getByRole('region', { name: 'Declarations to review' });
    await expect.poll(() => queue.getByRole('heading', { name: 'Aalst' }).isVisible()).toBe(true);
    await expect.poll(() => queue.getByText('Meets "every month" <b>not bold</b>').isVisible()).toBe(true);
    await queue.getByRole('button', { name: 'Approve and publish' }).click();
    await expect.poll(() => queue.getByText('No declaration is waiting.').isVisible()).toBe(true);

    // Without a reload, the moderator's map shows it, and the register's other statements stay.
    await expect
      .poll(async () => (await mapHooks(page()).classes([AALST]))[0]?.coverage, { timeout: 30_000 })
      .toBe('municipal');
    expect((await mapHooks(page()).classes([BONHEIDEN]))[0]?.coverage).toBe('municipal');
    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    const approved = await app.then.detailsShow('Aalst');
    await expect
      .poll(() =>
        approved
          .getByText(/approved on/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await approved.locator('.details-coverage').textContent()).toContain('Active municipal cell');

    // Anyone now sees it: the snapshot is the atlas's default content, with its provenance.
    await app.given.app(`?lang=en&m=${AALST}`);
    const published = await app.then.detailsShow('Aalst');
    await expect
      .poll(() =>
        published
          .getByText(/approved on/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await published.locator('.details-coverage').textContent()).toContain('Active municipal cell');
    expect(await published.getByText('Meets "every month" <b>not bold</b>', { exact: false }).count()).toBeGreaterThan(
      0,
    );
    expect(await page().locator('.details b').count()).toBe(0);
    app.then.pageIsClean();
  }, 240_000);

  it('a declaration whose answer was lost is stored once when sent again, and the queue marks members outside the declarer’s own', async () => {
    const page = () => app.page;
    await acceptInvitation('second@aalst.example', { role: 'editor', municipalities: [AALST] });
    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    const details = await app.then.detailsShow('Aalst');
    await details.getByRole('button', { name: 'Declare or correct this municipality’s cell' }).click();
    await details.getByLabel('Status').selectOption('active');
    await details.getByLabel('Level').selectOption('zonal');
    await details.getByLabel(/Other municipalities of a shared cell/).fill('Gent');
    // The register stores the first try, but its answer never reaches the page.
    let lost = 0;
    await page().route('**/api/declarations', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.fallback();
      lost += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await details.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => lost).toBe(1);
    await expect.poll(() => details.getByRole('alert').textContent()).toContain('it will not be stored twice');
    await details.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toMatch(/waiting for review/);
    await page().unroute('**/api/declarations');

    const queuePanel = await acceptInvitation('second-moderator@example.org', { role: 'moderator' });
    const queue = queuePanel.getByRole('region', { name: 'Declarations to review' });
    await expect.poll(() => queue.getByText('1 waiting · 1 approved · 0 rejected').isVisible()).toBe(true);
    expect(await queue.getByRole('heading', { name: 'Aalst' }).count()).toBe(1);
    expect(await queue.getByRole('note').textContent()).toContain('outside the declarer’s own: Gent');
    expect(await queue.getByRole('button', { name: 'Show the next declarations' }).count()).toBe(0);
    await app.when.screenshot('register-queue-outside-members');
    // No pageIsClean here: the lost answer is a network error in the console, on purpose.
  }, 240_000);
});
