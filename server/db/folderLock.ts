import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

const FILE = 'livcr-register.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return (error as { code?: string }).code === 'EPERM';
  }
};

/**
 * PGlite's folder is written by one process: two would hand out the same ids and overwrite each
 * other's pages. The first process writes its pid into the folder; a second one refuses to start,
 * naming the folder and the first process. A lock left by a process that is gone is taken over.
 * Returns the release.
 */
export function lockFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    let holder: Partial<Holder> = {};
    try {
      holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    } catch {
      // Unreadable: a process died while writing it.
    }
    const otherHost = holder.host !== undefined && holder.host !== me.host;
    if (typeof holder.pid === 'number' && (otherHost || alive(holder.pid))) {
      throw new Error(
        `${dataDir} is in use by process ${holder.pid} on ${holder.host ?? 'this machine'} (since ${holder.startedAt ?? '?'}). ` +
          `Only one process may open a PGlite folder: stop that one, give this one another REGISTER_DATA_DIR, ` +
          `or run several processes on PostgreSQL (DATABASE_URL). If that process is gone, delete ${file}.`,
      );
    }
    rmSync(file, { force: true });
  }
  throw new Error(`${dataDir}: could not take ${file}`);
}
