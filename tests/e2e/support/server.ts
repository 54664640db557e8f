import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type PreviewServer, preview } from 'vite';

/** Builds the app for production (unless told to reuse dist/) and serves it on a free local port. */
export async function serveProductionBuild(
  options: { rebuild?: boolean; port?: number } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '../../..');
  if (!existsSync(resolve(root, 'public/data/atlas.topojson'))) {
    throw new Error('public/data is missing: run "npm run data" first (npm test does it for you).');
  }
  if (options.rebuild !== false || !existsSync(resolve(root, 'dist/index.html'))) {
    // Vitest sets NODE_ENV to 'test', and Vite's build keeps a NODE_ENV it finds: React would be
    // its development build, which is not what ships (`npm run build`).
    const was = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root, logLevel: 'warn' });
    } finally {
      if (was === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = was;
    }
  }
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    preview: { port: options.port ?? 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
