import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/i18n/format.ts';
import { AppDriver } from './support/driver.ts';
import { invitationUrl, type ServedRegister, serveRegister } from './support/register.ts';

const AALST = '41002';
const TITLE = 'Oudercafé over radicalisering';
const PASSWORD = 'a long enough password';

/** The guide kept up to date through the register (issue 24): PGlite, or PostgreSQL with TEST_DATABASE_URL. */
describe('initiatives through the register, into the guide', () => {
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

  /** Opens an invitation link, makes the account, and is signed in. */
  const acceptInvitation = async (body: object, email: string) => {
    const link = new URL(await invitationUrl(register.app, body));
    await app.given.app(`${link.search}&lang=en`);
    const panel = app.page.getByRole('dialog', { name: 'The register' });
    await panel.getByLabel('E-mail').fill(email);
    await panel.getByLabel('Password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Accept the invitation' }).click();
    await expect.poll(() => panel.getByText(`Signed in as ${email}`).isVisible()).toBe(true);
    return panel;
  };

  it('an editor declares an initiative, a moderator approves it as checked, and the guide shows its origin', async () => {
    // The editor, in Aalst's details: the form, with the import's themes and a Dutch title.
    await acceptInvitation({ role: 'editor', municipalities: [AALST] }, 'editor@aalst.example');
    await app.when.searchFor('Aalst');
    await app.when.chooseResult('Aalst');
    const details = await app.then.detailsShow('Aalst');
    await details.getByRole('button', { name: 'Declare an initiative of this municipality for the guide' }).click();
    await details.getByLabel('Title', { exact: true }).fill(TITLE);
    await details.getByLabel('Language of the title and the summary').selectOption('nl');
    await details.getByLabel('Theme', { exact: true }).selectOption('family_support');
    await details.getByLabel('Summary (no personal data)').fill('Maandelijkse ontmoeting voor bezorgde ouders.');
    await details.getByLabel('Organisation', { exact: true }).fill('Stad Aalst');
    await details.getByLabel('Running since (year)').fill('2022');
    await details.getByLabel('Source (web address, optional)').fill('https://www.aalst.be/oudercafe');
    await details.getByText('Translations of the summary (optional)').click();
    await details.getByLabel('Summary in English').fill('A monthly meeting for worried parents <b>not bold</b>.');
    await details.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => details.getByRole('status').textContent()).toMatch(/initiative \d+ is waiting for review/);

    // A moderator sees it in the queue, as text, and approves it as checked.
    const panel = await acceptInvitation({ role: 'moderator' }, 'moderator@example.org');
    const queue = panel.getByRole('region', { name: 'Initiatives to review' });
    await expect.poll(() => queue.getByRole('heading', { name: TITLE }).isVisible()).toBe(true);
    await queue.getByLabel('Review state when published').selectOption('checked');
    await queue.getByRole('button', { name: 'Approve and publish' }).click();
    await expect.poll(() => queue.getByText('No initiative is waiting.').isVisible()).toBe(true);
    const published = panel.getByRole('region', { name: 'Initiatives published from the register' });
    await expect.poll(() => published.getByRole('heading', { name: TITLE }).isVisible()).toBe(true);

    // The day the register approved it, as the guide should say it.
    const [decided] = await register.db.query<{ day: string }>(
      `SELECT to_char(decided_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS day FROM initiative_declarations`,
    );
    const origin = `Declared by the municipality, approved on ${formatPartialDate(decided?.day ?? '', 'en')}`;

    // Without a reload, the moderator's guide has it, with its origin and review state.
    await panel.getByRole('button', { name: 'Close' }).click();
    await app.page.getByRole('button', { name: 'Guide' }).click();
    const guide = app.page.getByRole('dialog', { name: 'Guide of local initiatives' });
    await guide.getByLabel('Search the guide').fill('oudercafe');
    const card = () => app.page.locator('.guide-card').filter({ has: app.page.getByRole('heading', { name: TITLE }) });
    await expect.poll(() => card().count(), { timeout: 30_000 }).toBe(1);
    const text = await card().textContent();
    expect(text).toContain(origin);
    expect(text).toContain('Checked by the Mobile Team or the municipality');
    expect(text).toContain('A monthly meeting for worried parents <b>not bold</b>.');
    expect(text).toMatch(/Municipalities\s*Aalst/);
    expect(await card().locator('b').count()).toBe(0);

    // Anyone now sees it: the register's snapshot is the atlas's content, and the link keeps the search.
    await app.given.app('?lang=en&guide=dataset:register&q=oudercafe');
    await expect.poll(() => card().count(), { timeout: 30_000 }).toBe(1);
    expect(await card().textContent()).toContain(origin);
    expect(await app.page.locator('.guide-card').count()).toBe(1);
    // And in Aalst's details, for a visitor who is not signed in (no form to declare).
    await app.given.app(`?lang=en&m=${AALST}`);
    const visitor = await app.then.detailsShow('Aalst');
    await expect.poll(() => visitor.getByText(TITLE).isVisible()).toBe(true);
    expect(await visitor.textContent()).toContain(origin);
    expect(await visitor.getByRole('button', { name: /Declare an initiative/ }).count()).toBe(0);
    app.then.pageIsClean();
  }, 240_000);
});
