import type { DataClient, ImportOutcome } from '../data/client.ts';
import { MAX_FILE_BYTES, tooLarge } from '../data/import/decode.ts';
import { emptyReport } from '../data/import/report.ts';
import type { ReplaceQuestion } from '../data/protocol.ts';
import { whenStarted } from './boot.ts';
import type { ShippedContent } from './dataset.ts';
import { importModeOf } from './importMode.ts';
import { loadShippedContent } from './shipped.ts';
import { refreshStorageUse } from './storageUse.ts';
import { useAppStore } from './store.ts';

export type ReplaceChoice = 'replace' | 'merge' | 'cancel';
let answer: ((choice: ReplaceChoice) => void) | undefined;

/** The user's answer to the replace question the import panel shows. */
export function answerReplace(choice: ReplaceChoice) {
  answer?.(choice);
}

function ask(question: ReplaceQuestion): Promise<ReplaceChoice> {
  useAppStore.getState().setReplaceQuestion(question);
  return new Promise((resolve) => {
    answer = (choice) => {
      answer = undefined;
      useAppStore.getState().setReplaceQuestion(null);
      resolve(choice);
    };
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports files through the data worker, which merges and keeps them in this browser. Files
 * given during start-up wait for it, and are applied after the shipped content.
 */
export async function importFiles(client: DataClient, files: readonly File[]): Promise<void> {
  const store = useAppStore.getState;
  store().clearImportReports();
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      store().addImportResult({
        report: { ...emptyReport(file.name), fatal: { code: 'too_large', params: tooLarge(file.size) } },
        save: { status: 'not-applied' },
      });
      continue;
    }
    store().setImportProgress({ fileName: file.name, done: 0, total: 0, waiting: true });
    await whenStarted();
    store().setImportProgress({ fileName: file.name, done: 0, total: 0 });
    try {
      const onProgress = (done: number, total: number) =>
        store().setImportProgress({ fileName: file.name, done, total });
      let outcome: ImportOutcome = await client.importFile(file, file.name, importModeOf(store()), onProgress);
      if (outcome.type === 'confirm') {
        store().setImportProgress(null);
        outcome = await client.decide(outcome.question.token, await ask(outcome.question));
      }
      if (outcome.type === 'imported') store().addImportResult(outcome);
    } catch (error) {
      store().addImportResult({
        report: { ...emptyReport(file.name), fatal: { code: 'failed', params: { message: message(error) } } },
        save: { status: 'not-applied' },
      });
    }
  }
  store().setImportProgress(null);
  void refreshStorageUse();
}

/** Runs an action; if it fails (offline, storage), the panel says so with the reason. */
async function guarded(key: string, action: () => Promise<void>) {
  useAppStore.getState().setActionError(null);
  try {
    await action();
  } catch (error) {
    useAppStore.getState().setActionError({ key, detail: message(error) });
  }
}

/** Forgets the user's rows (or damaged storage); the shipped content stays on screen. */
export const clearImportedData = (client: DataClient) =>
  guarded('storage.error.clear', async () => {
    useAppStore.getState().clearImportReports();
    await client.clear();
    void refreshStorageUse();
  });

/** Puts back the data as it was before the last import. */
export const undoLastImport = (client: DataClient) =>
  guarded('storage.error.undo', async () => {
    useAppStore.getState().clearImportReports();
    await client.undo();
    void refreshStorageUse();
  });

/** Shows the generated examples, or goes back to the public facts; saved data is left alone. */
export const showShippedContent = (client: DataClient, baseUrl: string, content: ShippedContent) =>
  guarded('storage.error.content', async () => {
    useAppStore.getState().clearImportReports();
    await loadShippedContent(client, baseUrl, content);
  });
