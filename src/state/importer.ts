import type { DataClient } from '../data/client.ts';
import { MAX_FILE_BYTES, tooLarge } from '../data/import/decode.ts';
import { emptyReport } from '../data/import/report.ts';
import { loadShippedData } from './boot.ts';
import type { ShippedContent } from './dataset.ts';
import { useAppStore } from './store.ts';

/** Imports files through the data worker, which merges and keeps them in this browser. */
export async function importFiles(client: DataClient, files: readonly File[]): Promise<void> {
  const store = useAppStore.getState;
  store().clearImportReports();
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      store().addImportReport({ ...emptyReport(file.name), fatal: { code: 'too_large', params: tooLarge(file.size) } });
      continue;
    }
    store().setImportProgress({ fileName: file.name, done: 0, total: 0 });
    try {
      const outcome = await client.importFile(file, file.name, {
        mode: store().importMode,
        persist: true,
        onProgress: (done, total) => store().setImportProgress({ fileName: file.name, done, total }),
      });
      store().addImportReport(outcome.report);
      if (outcome.cells) store().setCells(outcome.cells);
      if (outcome.initiatives) store().setInitiatives(outcome.initiatives);
      if (outcome.savedAt) store().setSavedAt(outcome.savedAt);
    } catch (error) {
      store().addImportReport({
        ...emptyReport(file.name),
        fatal: { code: 'failed', params: { message: error instanceof Error ? error.message : String(error) } },
      });
    }
  }
  store().setImportProgress(null);
}

/** Forgets the imported data and goes back to the public facts. */
export async function clearImportedData(client: DataClient, baseUrl: string): Promise<void> {
  await client.clear();
  useAppStore.getState().setSavedAt(null);
  useAppStore.getState().clearImportReports();
  await loadShippedData(client, baseUrl, 'public');
}

/** Shows the generated examples, or goes back to the public facts; saved data is left alone. */
export async function showShippedContent(client: DataClient, baseUrl: string, content: ShippedContent) {
  useAppStore.getState().clearImportReports();
  await loadShippedData(client, baseUrl, content);
}
