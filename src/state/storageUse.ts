import { useAppStore } from './store.ts';

let asked = false;

/**
 * Once the user has rows of their own, asks the browser to keep this origin's storage under
 * pressure (navigator.storage.persist), and reads how much it uses.
 */
export function refreshStorageUse(): Promise<void> {
  // Not in the task that shows an import's result: when the page is idle.
  return new Promise((resolve) => {
    const later =
      typeof requestIdleCallback === 'function' ? requestIdleCallback : (f: () => void) => setTimeout(f, 200);
    later(() => void measure().then(resolve));
  });
}

async function measure(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.estimate) return;
  try {
    if (!asked && useAppStore.getState().dataState?.savedAt && storage.persist) {
      asked = true;
      await storage.persist();
    }
    const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
      storage.estimate(),
      storage.persisted ? storage.persisted() : Promise.resolve(false),
    ]);
    useAppStore.getState().setStorageUse({ used: usage, quota, persisted });
  } catch {
    useAppStore.getState().setStorageUse(null);
  }
}
