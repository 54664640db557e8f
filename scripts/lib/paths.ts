import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Where the source files are: $LIVCR_SOURCES, by default data/sources/ in this repository. */
export const sourcesDir = () => resolve(process.env.LIVCR_SOURCES ?? resolve(root, 'data/sources'));
/** Where the app's data goes: public/data/ (git-ignored). */
export const outputDir = () => resolve(process.env.LIVCR_OUTPUT ?? resolve(root, 'public/data'));
