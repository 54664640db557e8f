import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_FIRST_MAP } from '../../src/map/firstMapIds.ts';
import { withFirstMap } from '../../src/map/firstMapSvg.ts';
import { buildRegister } from '../app.ts';
import { loadShippedData } from '../content.ts';
import { withoutFirstMap } from '../headers.ts';
import { A, ADMIN, declaration, invited, type Register, signedIn, startRegister } from './harness.ts';

let register: Register;
let atlas: FastifyInstance;
const dist = mkdtempSync(resolve(tmpdir(), 'livcr-dist-'));
const indexHtml = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

beforeAll(async () => {
  register = await startRegister();
  writeFileSync(resolve(dist, 'index.html'), indexHtml);
  writeFileSync(resolve(dist, 'app.js'), 'export {};');
  // The same database, served the way npm run register serves it behind a proxy.
  atlas = await buildRegister({
    db: register.db,
    shipped: loadShippedData(),
    indexHtml,
    distDir: dist,
    trustProxy: 1,
  });
});
afterAll(async () => {
  await atlas.close();
  await register.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the register serving the atlas', () => {
  it('tells the page about the register in index.html, and serves the rest of dist/ as it is', async () => {
    const page = await atlas.inject({ url: '/' });
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<meta name="livcr-register" content="/api/" />');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const script = await atlas.inject({ url: '/app.js' });
    expect(script.body).toBe('export {};');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it('paints the first map of its snapshot, and of the new one after an approval', async () => {
    const aalst = () => /<path data-nis="41002" class="c(\d)"/.exec(page)?.[1];
    let page = (await atlas.inject({ url: '/' })).body;
    expect(page.match(/<path data-nis=/g)).toHaveLength(581);
    expect(aalst()).toBe('5'); // no public information
    const admin = await signedIn(atlas, ADMIN.email, ADMIN.password);
    const editor = await invited(admin, 'editor@first-map.example.org', 'editor', [A]);
    const declared = await editor.request('POST', '/api/declarations', declaration(A));
    const { id } = declared.json() as { id: number };
    expect((await admin.request('POST', `/api/declarations/${id}/approve`)).statusCode).toBe(200);
    page = (await atlas.inject({ url: '/' })).body;
    expect(aalst()).toBe('0'); // an active municipal cell
    expect(page.match(/<svg id="first-map"/g)).toHaveLength(1);
  });

  it('without a snapshot, serves the page without a first map, marked so that the app starts at once', () => {
    const page = withoutFirstMap(withFirstMap(indexHtml, '<svg id="first-map"><path data-nis="41002"/></svg>'));
    expect(page).not.toContain('<svg id="first-map"');
    expect(page).toMatch(new RegExp(`<html lang="en" class="${NO_FIRST_MAP}">`));
  });

  it('sets a Secure cookie when the proxy says the request came over https', async () => {
    const login = await atlas.inject({
      method: 'POST',
      url: '/api/session',
      payload: ADMIN,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies[0]).toMatchObject({ name: 'livcr_session', secure: true, httpOnly: true, sameSite: 'Strict' });
  });
});
