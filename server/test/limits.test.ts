import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegister } from '../app.ts';
import { loadShippedData } from '../content.ts';
import { trustProxyOf } from '../limits.ts';
import { recordFigures } from './figures.ts';
import { ADMIN, type Register, startRegister } from './harness.ts';

let register: Register;
/** The same database served as npm run register serves it behind the README's one-hop nginx. */
let proxied: FastifyInstance;
beforeAll(async () => {
  register = await startRegister();
  proxied = await buildRegister({
    db: register.db,
    shipped: loadShippedData(),
    indexHtml: readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8'),
    trustProxy: 1,
  });
});
afterAll(async () => {
  await proxied.close();
  await register.close();
});

/** A sign-in through the proxy: nginx appends the address it saw to what the client sent. */
const login = (email: string, password: string, forged: string, client: string) =>
  proxied.inject({
    method: 'POST',
    url: '/api/session',
    remoteAddress: '127.0.0.1',
    headers: { 'x-forwarded-for': `${forged}, ${client}` },
    payload: { email, password },
  });

describe('limits that hold behind a proxy', () => {
  it('reads REGISTER_TRUST_PROXY as hops or addresses, never as "trust everything"', () => {
    expect(trustProxyOf(undefined)).toBeUndefined();
    expect(trustProxyOf('0')).toBeUndefined();
    expect(trustProxyOf('1')).toBe(1);
    expect(trustProxyOf('true')).toBe(1);
    expect(trustProxyOf('10.0.0.1, 10.0.1.0/24')).toEqual(['10.0.0.1', '10.0.1.0/24']);
  });

  it('25 forged X-Forwarded-For entries from one client: the client is the address nginx saw (429 by the 11th)', async () => {
    const statuses: number[] = [];
    // A different e-mail each time, so that only the per-client limit can stop them.
    for (let i = 0; i < 25; i++) {
      statuses.push(
        (await login(`guess${i}@example.org`, 'wrong password', `203.0.113.${i}`, '198.51.100.7')).statusCode,
      );
    }
    const first = statuses.indexOf(429) + 1;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(11);
    expect(statuses.slice(first - 1).every((s) => s === 429)).toBe(true);
  });

  it('25 failures against one account from 25 addresses: 429 from the 11th, the right password too, on every instance', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      statuses.push((await login(ADMIN.email, 'wrong password', `203.0.113.${i}`, `192.0.2.${i}`)).statusCode);
    }
    const first = statuses.indexOf(429) + 1;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(11);
    expect(statuses.slice(first - 1).every((s) => s === 429)).toBe(true);
    const right = await login(ADMIN.email, ADMIN.password, '203.0.113.99', '192.0.2.99');
    expect(right.statusCode).toBe(429);
    expect(right.json()).toEqual({ error: 'too_many_requests' });
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    // The other instance on the same database counts the same failures.
    const elsewhere = await register.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(elsewhere.statusCode).toBe(429);
    recordFigures('forged_xff', { attempts: 25, first429: first, accepted: statuses.filter((s) => s === 200).length });
  });

  it('the per-client 429 says too_many_requests with Retry-After', async () => {
    const response = await login('another@example.org', 'x', '203.0.113.1', '198.51.100.7');
    expect(response.statusCode).toBe(429);
    expect(response.json()).toEqual({ error: 'too_many_requests' });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('invitation accepts: a bogus token is refused before any hashing, and the route is rate-limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await proxied.inject({
        method: 'POST',
        url: `/api/invitations/bogus${i}/accept`,
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.8` },
        payload: { email: `new${i}@example.org`, password: 'a long enough password' },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.headers['retry-after']).toBeDefined();
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
