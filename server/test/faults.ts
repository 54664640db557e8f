import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Db } from '../db/types.ts';
import { type Agent, declaration } from './harness.ts';

/**
 * A TCP proxy on 127.0.0.1 between the register and PostgreSQL: cut() closes every connection and
 * refuses new ones, as a network failure or a stopped database would; restore() listens again.
 */
export class TcpProxy {
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    return this.port;
  }

  async cut() {
    const server = this.server;
    this.server = undefined;
    const closed = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  restore = async () => {
    if (!this.server) await this.start();
  };
}

/** TEST_DATABASE_URL with its host and port replaced by the proxy's. */
export function throughProxy(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}

export interface Outcome {
  note: string;
  status: number;
  id?: number;
}

/**
 * `connections` loops posting declarations, each with a note of its own, until stop() is called;
 * every answer is kept, so that a test can hold the acknowledged ones against the table.
 */
export function writeLoad(editor: Agent, nis: string, connections: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: connections }, async (_, c) => {
    for (let i = 0; running; i += 1) {
      const note = `load ${c}-${i}-${Math.random().toString(36).slice(2)}`;
      const response = await editor.request('POST', '/api/declarations', declaration(nis, { note }));
      const body = response.statusCode === 201 ? (response.json() as { id: number }) : undefined;
      outcomes.push({ note, status: response.statusCode, ...(body ? { id: body.id } : {}) });
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/** The acknowledged writes missing from the table, and those stored more than once or under another id. */
export async function checkStored(owner: Db, outcomes: Outcome[]) {
  const rows = await owner.query<{ id: number; note: string }>(
    "SELECT id, cell->>'note' AS note FROM declarations WHERE cell->>'note' LIKE 'load %'",
  );
  const byNote = new Map<string, number[]>();
  for (const row of rows) byNote.set(row.note, [...(byNote.get(row.note) ?? []), row.id]);
  const acknowledged = outcomes.filter((o) => o.status === 201);
  const lost = acknowledged.filter((o) => !byNote.has(o.note));
  const wrong = acknowledged.filter((o) => {
    const ids = byNote.get(o.note) ?? [];
    return ids.length > 1 || (ids.length === 1 && ids[0] !== o.id);
  });
  return { acknowledged: acknowledged.length, stored: rows.length, lost: lost.length, wrong: wrong.length };
}

/** Polls `probe` until it is true; the seconds it took. Fails after `limitMs`. */
export async function secondsUntil(probe: () => Promise<boolean>, limitMs = 30_000): Promise<number> {
  const start = performance.now();
  while (!(await probe())) {
    if (performance.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return (performance.now() - start) / 1000;
}
