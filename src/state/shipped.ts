import { type DataClient, fetchBytes } from '../data/client.ts';
import type { ShippedContent } from '../data/protocol.ts';
import { registerApi } from '../data/registerClient.ts';
import type { AppState } from './store.ts';

/** The shipped content: the public facts by default, generated examples only on request. */
const SHIPPED_FILES: Record<ShippedContent, readonly string[]> = {
  public: ['cells.csv', 'initiatives.csv'],
  examples: ['examples-cells.csv', 'examples-initiatives.csv'],
  register: ['cells.csv', 'initiatives.csv'],
};

/** What the atlas shows when nothing asks otherwise: the register's snapshot if there is one. */
export const defaultContent = (): ShippedContent => (registerApi() ? 'register' : 'public');

/**
 * The shipped content now: what the data worker shows, else what the link asked for, else the
 * default. The start-up, the import panel and the moderation queue all ask this.
 */
export const shippedContent = (s: Pick<AppState, 'dataState'>, asked?: ShippedContent): ShippedContent =>
  s.dataState?.content ?? asked ?? defaultContent();

const dataUrl = (baseUrl: string, content: ShippedContent, file: string) =>
  content === 'register' ? `${registerApi() ?? `${baseUrl}api/`}snapshot/${file}` : `${baseUrl}data/${file}`;

/** Starts fetching a content's files, in the order `loadShippedContent` reads them. */
export function fetchShippedContent(baseUrl: string, content: ShippedContent): Promise<ArrayBuffer>[] {
  const fetches = SHIPPED_FILES[content].map((file) => fetchBytes(dataUrl(baseUrl, content, file)));
  // Each is awaited in turn; one that fails after an earlier failure must not report itself unhandled.
  for (const p of fetches) p.catch(() => undefined);
  return fetches;
}

/** The shipped content, through the same import path as a user's files, into its own layer. */
export async function loadShippedContent(
  client: DataClient,
  baseUrl: string,
  content: ShippedContent,
  prefetched: Promise<ArrayBuffer>[] = fetchShippedContent(baseUrl, content),
) {
  for (const [i, file] of SHIPPED_FILES[content].entries()) {
    await client.loadShipped(await (prefetched[i] ?? fetchBytes(dataUrl(baseUrl, content, file))), file, content);
  }
}
