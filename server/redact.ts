import type { FastifyRequest } from 'fastify';

/**
 * Secrets stay out of the log. Fastify logs each request's URL, and invitation links carry their
 * one-time token in the path (/api/invitations/<token>/accept) or the query (?invitation=<token>).
 * The request serializer logs the URL with every such value replaced; headers (the session cookie,
 * the CSRF token) and bodies (passwords) are not logged at all.
 */
const REDACTED = '[redacted]';
/** Path segments after these words are secrets. */
const SECRET_SEGMENT = /(\/(?:invitations|tokens|reset|resets)\/)[^/?#]+/gi;
/** Query values of these names are secrets. */
const SECRET_QUERY = /([?&](?:invitation|token|reset|code|key)=)[^&#]*/gi;
/** And any long base64url run anywhere: our tokens are 43 characters of it (auth/secrets.ts). */
const TOKEN_LIKE = /[A-Za-z0-9_-]{32,}/g;

export const redactUrl = (url: string) =>
  url.replace(SECRET_SEGMENT, `$1${REDACTED}`).replace(SECRET_QUERY, `$1${REDACTED}`).replace(TOKEN_LIKE, REDACTED);

/** Where the log goes: stdout (true), nowhere (false), or a stream (the tests read it). */
export type LogTarget = boolean | { write(line: string): void };

/** Fastify's logger options with the redacting request serializer. */
export function loggerOptions(target: LogTarget | undefined) {
  if (!target) return false;
  return {
    ...(target === true ? {} : { stream: target }),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
    },
  };
}
