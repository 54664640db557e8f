import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FILE = resolve(import.meta.dirname, '../../test-results/faults.json');

/** Keeps a fault test's figures (acknowledged, stored, lost, seconds to recover) for the README. */
export function recordFigures(name: string, figures: Record<string, number>) {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // first figures of the run
  }
  all[name] = { ...figures, at: new Date().toISOString() };
  mkdirSync(resolve(FILE, '..'), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`fault figures ${name}: ${JSON.stringify(figures)}`);
}
