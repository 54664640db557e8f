/** The hint's key, also read by index.html's first-map gate (src/map/firstMapGate.ts). */
export const OWN_ROWS_KEY = 'livcr:own-rows';
const KEY = OWN_ROWS_KEY;

/**
 * Whether this browser held rows of the user's own when it last looked: read at start-up, before
 * the data worker has opened the store, so that the map can paint the public facts at once when
 * there are none. Absent (a first visit) means none; unreadable storage counts as some.
 */
export function hadOwnRows(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}

export function rememberOwnRows(count: number): void {
  try {
    localStorage.setItem(KEY, count > 0 ? '1' : '0');
  } catch {
    // Without storage the hint stays "some": the map waits for the data, as it did before.
  }
}
