/**
 * The bench's static server: dist/ over node:http, gzip-compressed (level 9, once at start, as a
 * host with precompressed files serves them), so that throttled loads count network bytes. It
 * logs every request, which tells what a page fetched before its first choropleth. Not brotli:
 * quality 11 takes seconds per megabyte on these machines, and the size goals are in gzip bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Served {
  path: string;
  at: number; // Date.now() when the request arrived
  gzip: boolean;
  bytes: number; // body bytes sent
  rawBytes: number;
}

export interface BenchServer {
  url: string;
  log: Served[];
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.topojson': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.topojson', '.geojson', '.csv', '.svg']);

export const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 });

interface Entry {
  raw: Buffer;
  gzip?: Buffer;
  type: string;
}

/** Every file under dir by its URL path; a folder's index.html also under the folder's path. */
function readTree(dir: string): Map<string, Entry> {
  const files = new Map<string, Entry>();
  for (const dirent of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!dirent.isFile()) continue;
    const file = resolve(dirent.parentPath, dirent.name);
    const path = `/${relative(dir, file).split(sep).join('/')}`;
    const raw = readFileSync(file);
    const ext = extname(file);
    const entry = {
      raw,
      type: TYPES[ext] ?? 'application/octet-stream',
      gzip: COMPRESSIBLE.has(ext) ? gzipBytes(raw) : undefined,
    };
    files.set(path, entry);
    if (dirent.name === 'index.html') files.set(path.slice(0, -'index.html'.length), entry);
  }
  return files;
}

/** Serves dir (read once: rebuild before starting) on a free port of 127.0.0.1. */
export async function serveDist(dir: string): Promise<BenchServer> {
  const files = readTree(resolve(dir));
  const log: Served[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const path = new URL(req.url ?? '/', 'http://bench').pathname;
    const entry = files.get(path);
    if (!entry) return void res.writeHead(404).end();
    const gzip = entry.gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip && entry.gzip ? entry.gzip : entry.raw;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ path, at, gzip, bytes: body.length, rawBytes: entry.raw.length });
  };
  const server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
