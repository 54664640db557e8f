import { Validator } from '@seriousme/openapi-schema-validator';
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Register, signedIn, startRegister } from './harness.ts';

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: object }> }> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

/** Every route as the app registered it, seen by Fastify's onRoute hook: method and URL. */
const routes: { method: string; url: string }[] = [];
let register: Register;
let document: Document;
beforeAll(async () => {
  register = await startRegister({
    onRoute: (route: RouteOptions) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    },
  });
  const response = await register.app.inject('/api/openapi.json');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  document = response.json();
});
afterAll(() => register.close());

/** Fastify's `/users/:id/role` is OpenAPI's `/users/{id}/role`. */
const openapiPath = (url: string) => url.replace(/:([A-Za-z_]+)/g, '{$1}');

describe('/api/openapi.json (issue 22, item 8)', () => {
  it('validates as OpenAPI 3', async () => {
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toMatch(/^3\./);
  });

  it('has every route of the API, each with a response schema for its success code', () => {
    // HEAD routes are Fastify's own copies of the GETs (exposeHeadRoutes), no routes of server/routes.
    const api = routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    // 40 routes today (issue 22); each new one is checked as it comes.
    expect(api.length).toBeGreaterThanOrEqual(40);
    expect(api).toEqual(expect.arrayContaining([{ method: 'GET', url: '/api/audit' }]));
    const missing = api.filter((r) => {
      const responses = document.paths[openapiPath(r.url)]?.[r.method.toLowerCase()]?.responses ?? {};
      const success = Object.entries(responses).filter(([code]) => /^2\d\d$/.test(code));
      return success.length === 0 || !success.every(([, answer]) => Object.values(answer.content ?? {})[0]?.schema);
    });
    expect(missing).toEqual([]);
  });

  it('documents the refusals, and the atlas files are no part of it', () => {
    const signIn = document.paths['/api/session']?.post?.responses ?? {};
    expect(Object.keys(signIn)).toEqual(expect.arrayContaining(['200', '4XX']));
    expect(Object.keys(document.paths).every((path) => path.startsWith('/api/'))).toBe(true);
  });

  it('answers only what the schema says: the audit sends its rows as documented', async () => {
    const admin = await signedIn(register.app, ADMIN.email, ADMIN.password);
    const audit = await admin.request('GET', '/api/audit');
    expect(audit.statusCode).toBe(200);
    const [entry] = (audit.json() as { entries: Record<string, unknown>[] }).entries;
    expect(Object.keys(entry ?? {}).sort()).toEqual(['action', 'actor', 'actorEmail', 'at', 'detail', 'id', 'subject']);
    expect(entry?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
