import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { adminApi } from '../../src/contract/admin.ts';
import type { Api } from '../api.ts';
import { SESSION_COOKIE } from '../auth/session.ts';

/**
 * The OpenAPI document of /api, generated from the routes' schemas (src/contract) by
 * @fastify/swagger: registered before the routes, whose onRoute it reads. OpenAPI 3.1, whose
 * schemas are JSON Schema as TypeBox writes it (null in a union, const, patternProperties).
 */
export async function documentRoutes(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'LIVC-R register',
        version: '1',
        description:
          "The register of Belgium's local integrated security cells on radicalism: municipalities declare their cell, " +
          'moderators review, the atlas reads the published snapshot. Signed-in routes take the session cookie; every ' +
          "write also sends the session's CSRF token as x-csrf-token. Refusals carry a code (`error`) and, for a 400, " +
          'the field and the problem.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    // Only the API: the atlas's files (static.ts) are no part of it.
    transform: ({ schema, url }) => ({ schema: url.startsWith('/api/') ? schema : { ...schema, hide: true }, url }),
  });
}

/** GET /api/openapi.json: the document, made once on the first request (the routes are fixed by then). */
export function openapiRoute(api: Api, root: FastifyInstance) {
  api.get('/openapi.json', { schema: adminApi.openapi }, async () => root.swagger() as Record<string, unknown>);
}
