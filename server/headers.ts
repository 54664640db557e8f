import { existsSync, readFileSync } from 'node:fs';
import { NO_FIRST_MAP } from '../src/map/firstMapIds.ts';
import { withFirstMap } from '../src/map/firstMapSvg.ts';

/**
 * The headers README "Deploying" asks a host to send. The Content-Security-Policy is the one in
 * index.html's <meta> (built, so it holds VITE_BASEMAP_TILES's origin if set) plus
 * frame-ancestors, which a <meta> policy cannot carry.
 */
export function securityHeaders(indexHtml: string): Record<string, string> {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml);
  if (!meta?.[1]) throw new Error('index.html has no Content-Security-Policy <meta>');
  return {
    'content-security-policy': `${meta[1]}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Browsers ignore it over plain http (RFC 6797 §8.1), so it can go on every response.
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** The built index.html if there is one, else the source's: both carry the same policy. */
export const readIndexHtml = (built: string, source: string) =>
  readFileSync(existsSync(built) ? built : source, 'utf8');

/** Tells the atlas that a register serves it, so it reads the snapshot without probing for it. */
export const REGISTER_META = '<meta name="livcr-register" content="/api/" />';
export const withRegisterMeta = (html: string) => html.replace(/<head>/i, (head) => `${head}\n    ${REGISTER_META}`);

/**
 * index.html without the build's SVG of the public facts (vite.config.ts, src/map/firstMapGate.ts),
 * marked so (the root's class): the gate then starts the app at once, with no paint to wait for.
 */
export const withoutFirstMap = (html: string) =>
  withFirstMap(html, '').replace(/<html([^>]*)>/i, (_tag, attrs: string) => `<html${attrs} class="${NO_FIRST_MAP}">`);
