import { resolve } from 'node:path';

/** Where the source files are: $LIVCR_SOURCES, by default ../shared/data. */
export const sourcesDir = () => resolve(process.env.LIVCR_SOURCES ?? '../shared/data');
/** Where the app's data goes: public/data/ (git-ignored). */
export const outputDir = () => resolve(process.env.LIVCR_OUTPUT ?? 'public/data');
