import { useTranslation } from 'react-i18next';
import { dataClient } from '../data/client.ts';
import type { StorageProblem } from '../data/saved/errors.ts';
import { clearImportedData } from '../state/importer.ts';
import { useAppStore } from '../state/store.ts';
import { download } from './download.ts';

/** The problem's message and the browser's own words, as text. */
export function ProblemReason({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation();
  return <>{t('storage.reason', { problem: t(`storage.problem.${problem.code}`), detail: problem.detail })}</>;
}

async function downloadSaved() {
  const store = useAppStore.getState();
  try {
    const text = await dataClient().dump();
    download(
      `livcr-atlas-saved-${new Date().toISOString().slice(0, 10)}.json`,
      new Blob([text], { type: 'application/json' }),
    );
  } catch (error) {
    store.setActionError({
      key: 'storage.error.download',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Saved data that could not be read (damaged, of an unknown version, or storage that did not
 * answer) is said above the map, with the reason; the map shows the shipped content meanwhile.
 * Damaged data is kept until the user downloads or clears it.
 */
export function StorageAlert() {
  const { t } = useTranslation();
  const storage = useAppStore((s) => s.dataState?.storage);
  const actionError = useAppStore((s) => s.actionError);
  const problem = storage?.problem;
  if (!problem || (storage.state !== 'damaged' && problem.code !== 'timeout')) return null;
  const damaged = storage.state === 'damaged';
  return (
    <section className="storage-alert" role="alert" aria-labelledby="storage-alert-title">
      <p>
        <strong id="storage-alert-title">{t(damaged ? 'storage.damaged' : 'storage.slow')}</strong>{' '}
        <ProblemReason problem={problem} /> {t(damaged ? 'storage.damagedHelp' : 'storage.slowHelp')}
      </p>
      {damaged && (
        <p className="actions-row">
          <button type="button" onClick={() => void downloadSaved()}>
            {t('storage.download')}
          </button>
          <button type="button" onClick={() => void clearImportedData(dataClient())}>
            {t('storage.clear')}
          </button>
        </p>
      )}
      {actionError && <p>{t(actionError.key, { detail: actionError.detail })}</p>}
    </section>
  );
}
