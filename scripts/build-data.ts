/**
 * npm run data: builds public/data/ from the source files in $LIVCR_SOURCES (default
 * data/sources/). See README "Where the data comes from".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildData } from './lib/build.ts';
import { buildContext, CONTEXT_FILE } from './lib/context.ts';
import { DataBuildError } from './lib/errors.ts';
import { outputDir, sourcesDir } from './lib/paths.ts';
import { readSources } from './lib/sources.ts';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function main() {
  const started = performance.now();
  const files = {
    ...buildData(readSources(sourcesDir())).files,
    [CONTEXT_FILE]: JSON.stringify(buildContext()),
  };
  const out = outputDir();
  mkdirSync(out, { recursive: true });
  console.log(`Writing ${out}`);
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(resolve(out, name), content);
    const raw = Buffer.byteLength(content);
    const gzip = gzipSync(content, { level: 9 }).length;
    console.log(`  ${name.padEnd(24)} ${kib(raw).padStart(12)} raw ${kib(gzip).padStart(12)} gzip`);
  }
  console.log(`Done in ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  if (error instanceof DataBuildError) {
    console.error(`Data build failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
