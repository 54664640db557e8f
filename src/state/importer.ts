import type { DataClient } from '../data/client.ts';
import { MAX_FILE_BYTES, tooLarge } from '../data/import/decode.ts';
import { emptyReport } from '../data/import/report.ts';
import { clearSaved, saveDataset } from '../data/persist.ts';
import { combine } from '../domain/merge.ts';
import { loadShippedData } from './boot.ts';
import { useAppStore } from './store.ts';

/** Imports files through the data worker, then keeps the result in this browser. */
export async function importFiles(client: DataClient, files: readonly File[]): Promise<void> {
  const store = useAppStore.getState;
  store().clearImportReports();
  let changed = false;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      store().addImportReport({ ...emptyReport(file.name), fatal: tooLarge(file.size) });
      continue;
    }
    store().setImportProgress({ fileName: file.name, done: 0, total: 0 });
    try {
      const result = await client.importFile(await file.arrayBuffer(), file.name, (done, total) =>
        store().setImportProgress({ fileName: file.name, done, total }),
      );
      store().addImportReport(result.report);
      const mode = store().importMode;
      if (result.kind === 'cells') store().setCells(combine(store().cells, result.cells, mode));
      if (result.kind === 'initiatives') store().setInitiatives(combine(store().initiatives, result.initiatives, mode));
      changed ||= result.kind !== 'none';
    } catch (error) {
      store().addImportReport({
        ...emptyReport(file.name),
        fatal: error instanceof Error ? error.message : String(error),
      });
    }
  }
  store().setImportProgress(null);
  if (!changed) return;
  const savedAt = new Date().toISOString();
  try {
    await saveDataset({ cells: store().cells, initiatives: store().initiatives, savedAt });
    store().setSavedAt(savedAt);
  } catch {
    store().setSavedAt(null); // private windows may refuse IndexedDB; the data stays for this visit
  }
}

/** Forgets the imported data and goes back to the shipped demonstration data. */
export async function clearImportedData(client: DataClient, baseUrl: string): Promise<void> {
  await clearSaved().catch(() => undefined);
  useAppStore.getState().setSavedAt(null);
  useAppStore.getState().clearImportReports();
  await loadShippedData(client, baseUrl);
}
