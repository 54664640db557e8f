/**
 * What a database error means for the answer. A lost or refused connection is the database being
 * away (503, the client may retry); a full disk or a read-only database is the database refusing
 * writes (503 too, and /api/health says so until a write succeeds again). Anything else is a bug.
 */

/** SQLSTATE classes and codes of an unreachable database (PostgreSQL appendix A). */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, recovering
  '53300', // too_many_connections
]);
/** Node's socket errors, and node-postgres's own messages when a connection ends or times out. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const SOCKET_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended|not queryable/i;

/** Writes refused for a reason outside the request: full disk, read-only database (failover standby). */
const WRITE_FAILURES: Record<string, string> = {
  '53100': 'disk_full',
  '53000': 'insufficient_resources',
  '58030': 'io_error',
  '25006': 'read_only',
};

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) return true;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && SOCKET_MESSAGES.test(message);
}

/** The reason writes fail, when the error says the storage refuses them; undefined otherwise. */
export function writeFailure(error: unknown): string | undefined {
  const code = codeOf(error);
  return code ? WRITE_FAILURES[code] : undefined;
}

/** Whether writes currently fail: set by a failing write, cleared by the next one that succeeds. */
export class WriteHealth {
  private failing: { reason: string; since: string } | undefined;
  failed(reason: string) {
    this.failing ??= { reason, since: new Date().toISOString() };
  }
  succeeded() {
    this.failing = undefined;
  }
  get state() {
    return this.failing;
  }
}
