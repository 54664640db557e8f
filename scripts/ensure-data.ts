/** Builds public/data/ if it is missing, so that `npm start` and `npm test` work on a fresh clone. */

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { outputDir } from './lib/paths.ts';

const needed = ['atlas.topojson', 'lookup.json', 'cells.csv', 'initiatives.csv', 'attribution.json', 'context.geojson'];
const missing = needed.filter((file) => !existsSync(resolve(outputDir(), file)));
if (missing.length > 0) {
  console.log(`public/data lacks ${missing.join(', ')}: building it (npm run data).`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts'], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
