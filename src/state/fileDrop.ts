import { dataClient } from '../data/client.ts';
import { useAppStore } from '../state/store.ts';
import { importFiles } from './importer.ts';

/**
 * Files dropped anywhere on the page are imported: there is no wrong place to drop them. Bound
 * by the entry (main.ts), before the interface comes, so that a file dropped while the app starts
 * is queued for the import (importer.ts) rather than opened by the browser.
 */
export function bindFileDrop(): void {
  window.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  window.addEventListener('drop', (event) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    useAppStore.getState().setPanel('import');
    void importFiles(dataClient(), files);
  });
}
