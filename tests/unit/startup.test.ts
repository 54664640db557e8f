import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataClient, ViewUpdate } from '../../src/data/client.ts';
import type { DataState } from '../../src/data/protocol.ts';
import { boot } from '../../src/state/boot.ts';
import { INITIAL_STARTUP, startupOf } from '../../src/state/startup.ts';
import { useAppStore } from '../../src/state/store.ts';
import { parseUrlState } from '../../src/state/url.ts';
import { cell } from './fixtures/cells.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const STATE: DataState = {
  content: 'public',
  userKinds: [],
  userCounts: { cells: 0, initiatives: 0 },
  shippedCounts: { cells: 1, initiatives: 0 },
  replaced: [],
  savedAt: null,
  undo: null,
  storage: { state: 'ready' },
};

/** A data worker that answers at once: each shipped file pushes a view, as the real one does. */
function fakeClient(): DataClient & { pushes: number } {
  let listener: (update: ViewUpdate) => void = () => undefined;
  const client = {
    pushes: 0,
    onView: (l: (update: ViewUpdate) => void) => {
      listener = l;
    },
    init: async () => undefined,
    restore: async () => undefined,
    loadShipped: async (_bytes: ArrayBuffer, file: string) => {
      client.pushes += 1;
      listener(
        file === 'cells.csv'
          ? { cells: [cell('bonheiden', { municipalities: ['12005'] })], state: STATE }
          : { state: STATE },
      );
    },
  };
  return client as unknown as DataClient & { pushes: number };
}

/** fetch from public/data (npm run data), and no register, no saved rows, in this "browser". */
function fakeBrowser(ownRows: '0' | '1' | null) {
  vi.stubGlobal('fetch', async (url: string) => {
    const bytes = readFileSync(resolve(DATA, url.replace(/^.*data\//, '')));
    return new Response(bytes);
  });
  vi.stubGlobal('document', { querySelector: () => null, baseURI: 'http://localhost/' });
  vi.stubGlobal('localStorage', { getItem: () => ownRows, setItem: () => undefined });
}

const reset = () =>
  useAppStore.setState({
    startup: INITIAL_STARTUP,
    cells: [],
    dataState: null,
    filters: useAppStore.getState().filters,
  });

describe('the start-up phase', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    reset();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('moves forward only, and the map says what it drew', () => {
    const startup = startupOf(useAppStore);
    const preview = new Map([['12005', 'municipal' as const]]);
    startup.decide(preview);
    expect(useAppStore.getState().startup).toMatchObject({ phase: 'preview', preview, drawn: 'none' });
    startup.drew('preview');
    startup.ready();
    expect(useAppStore.getState().startup).toMatchObject({ phase: 'data', preview, drawn: 'preview' });
    startup.drew('data');
    startup.drew('preview'); // a late preview frame changes nothing
    expect(useAppStore.getState().startup.drawn).toBe('data');
  });

  it('ends the preview when a filter is chosen before the data are in', () => {
    const startup = startupOf(useAppStore);
    startup.decide(new Map([['12005', 'municipal' as const]]));
    useAppStore.getState().setFilters({ ...useAppStore.getState().filters, province: '70000' });
    expect(useAppStore.getState().startup.phase).toBe('loading');
  });

  it('stops waiting for a map that never draws, once, after a while', () => {
    startupOf(useAppStore).begin();
    expect(useAppStore.getState().startup.drawn).toBe('none');
    vi.advanceTimersByTime(10_000);
    expect(useAppStore.getState().startup.drawn).toBe('skipped');
  });

  it('boots without a browser: preview, then the data in one set with the end of loading', async () => {
    fakeBrowser('0');
    const client = fakeClient();
    const phases: string[] = [];
    const stop = useAppStore.subscribe((s, p) => {
      if (s.startup.phase !== p.startup.phase) phases.push(s.startup.phase);
      if (s.cells !== p.cells) expect(s.startup.phase).toBe('data'); // held until the end of loading
    });
    const started = boot(() => client, '/', parseUrlState('?lang=en'));
    // With a preview, the data worker starts once the first map is drawn.
    await vi.waitFor(() => expect(useAppStore.getState().startup.phase).toBe('preview'));
    expect(client.pushes).toBe(0);
    startupOf(useAppStore).drew('preview');
    await started;
    stop();
    expect(phases).toEqual(['preview', 'data']);
    expect(client.pushes).toBe(2);
    expect(useAppStore.getState().cells.map((c) => c.id)).toEqual(['bonheiden']);
    expect(useAppStore.getState().startup.preview?.size).toBe(581); // by piece of land
  });

  it('waits for the data, with no preview, when this browser holds rows of its own', async () => {
    fakeBrowser('1');
    await boot(fakeClient, '/', parseUrlState('?lang=en'));
    expect(useAppStore.getState().startup).toMatchObject({ phase: 'data', preview: null });
  });

  it('says why when the atlas cannot be loaded', async () => {
    fakeBrowser('0');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await boot(fakeClient, '/', parseUrlState('?lang=en'));
    expect(useAppStore.getState().startup.phase).toBe('error');
    expect(useAppStore.getState().startup.message).toMatch(/HTTP 404/);
  });
});
