import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppDriver } from './support/driver.ts';

describe('smoke: the app loads and draws the map', () => {
  let app: AppDriver;
  beforeAll(async () => {
    app = await AppDriver.start(inject('baseUrl'));
  });
  afterAll(() => app.stop());

  it('renders a non-blank choropleth of 565 municipalities, with no errors and no third-party request', async () => {
    await app.given.app('?lang=en');
    await app.then.mapIsNotBlank();
    expect(await app.then.countText()).toContain('565 of 565 municipalities');
    await app.when.screenshot('smoke-desktop');
    app.then.pageIsClean();
  });

  it('has no serious or critical accessibility violations in the main view', async () => {
    await app.given.app('?lang=en');
    await app.then.isAccessible();
    app.then.pageIsClean();
  });
});
