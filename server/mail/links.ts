import type { FastifyRequest } from 'fastify';

/** Where links point when REGISTER_PUBLIC_URL is not set: the register's own default address. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:8080/';

/**
 * The one place that builds the links the register hands out (in answers and in mails). The
 * atlas reads each from its query string: ?invitation=, ?reset=, ?access=, ?m=. They start from
 * REGISTER_PUBLIC_URL, never from the request's Host, which a client can forge.
 */
export function linksFor(_request: FastifyRequest, publicUrl = DEFAULT_PUBLIC_URL) {
  const base = new URL(publicUrl);
  const at = (params: Record<string, string>) => {
    const url = new URL(base);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.href;
  };
  return {
    invitation: (token: string) => at({ invitation: token }),
    reset: (token: string) => at({ reset: token }),
    confirmAccess: (token: string) => at({ access: token }),
    municipality: (nis: string, lang: string) => at({ m: nis, lang }),
    atlas: (lang: string) => at({ lang }),
  };
}
export type Links = ReturnType<typeof linksFor>;
