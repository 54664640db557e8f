/**
 * Several tabs, one truth. Writes to the saved rows take one lock across the tabs of this
 * origin (Web Locks), so two imports never interleave; after a commit, the other tabs are told
 * (BroadcastChannel) and read the rows again. Both APIs exist in dedicated workers.
 */
const LOCK = 'livcr-atlas-data';
const CHANNEL = 'livcr-atlas-data';

export type TabMessage = { type: 'changed'; revision: number };

let local: Promise<unknown> = Promise.resolve();

/** Runs `task` holding the data lock; without Web Locks (a test runner), one task at a time here. */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) return locks.request(LOCK, () => task());
  const run = local.then(task, task);
  local = run.catch(() => undefined);
  return run;
}

let channel: BroadcastChannel | undefined;
const open = () => {
  if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
};

export const announce = (message: TabMessage) => open()?.postMessage(message);

export function listen(onMessage: (message: TabMessage) => void) {
  const ch = open();
  if (ch) ch.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
}
