import type { FastifyRequest } from 'fastify';

/**
 * The one place that builds the links the register hands out (in answers and in mails). The
 * atlas reads each from its query string: ?invitation=, ?reset=, ?access=, ?m=.
 * REGISTER_PUBLIC_URL fixes the origin behind a proxy; otherwise it is the request's.
 */
export function linksFor(request: FastifyRequest, publicUrl?: string) {
  const base = new URL(publicUrl ?? `${request.protocol}://${request.host}/`);
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
