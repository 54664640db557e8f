import type { PublishedCount } from '../domain/published.ts';
import { fetchBytes } from './client.ts';

let cached: Promise<PublishedCount[]> | undefined;

/** public/data/published-counts.json, fetched once, when a panel first needs it. */
export function loadPublishedCounts(baseUrl: string): Promise<PublishedCount[]> {
  cached ??= fetchBytes(`${baseUrl}data/published-counts.json`)
    .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as PublishedCount[])
    .catch((error: unknown) => {
      cached = undefined; // offline or missing: try again next time
      throw error;
    });
  return cached;
}
