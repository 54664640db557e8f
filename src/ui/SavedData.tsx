import { useTranslation } from 'react-i18next';
import { dataClient } from '../data/client.ts';
import type { SaveResult } from '../data/protocol.ts';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { clearImportedData, undoLastImport } from '../state/importer.ts';
import { useAppStore } from '../state/store.ts';
import { ProblemReason } from './StorageAlert.tsx';

/** Under each report: whether its rows were kept. 'Kept' only after the transaction committed. */
export function SaveNote({ save, fatal }: { save: SaveResult; fatal: boolean }) {
  const { t } = useTranslation();
  if (save.status === 'saved') return <p className="save-note saved-note">{t('storage.saved')}</p>;
  if (save.status === 'not-applied') return fatal ? null : <p className="save-note">{t('storage.cancelled')}</p>;
  return (
    <p className="save-note not-saved" role="alert">
      {t('storage.notSaved', { problem: t(`storage.problem.${save.problem.code}`) })} ({save.problem.detail})
    </p>
  );
}

/** What is kept in this browser, how much room it takes, and the ways back: undo and clear. */
export function SavedData() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const state = useAppStore((s) => s.dataState);
  const savedAt = useAppStore((s) => s.dataState?.savedAt ?? null);
  const use = useAppStore((s) => s.storageUse);
  const actionError = useAppStore((s) => s.actionError);
  const busy = useAppStore((s) => !!s.importProgress || !!s.replaceQuestion);
  if (!state) return null;
  const hasOwn = state.userKinds.length > 0;
  const storage = state.storage;
  return (
    <div className="saved-data">
      {storage.state === 'unavailable' && storage.problem?.code !== 'timeout' && (
        <p className="not-saved">
          {t('storage.unavailable', { problem: t(`storage.problem.${storage.problem?.code ?? 'unavailable'}`) })}
        </p>
      )}
      {storage.state === 'damaged' && storage.problem && (
        <p className="not-saved">
          {t('storage.damaged')}. <ProblemReason problem={storage.problem} />
        </p>
      )}
      {hasOwn && <p data-testid="own-rows">{t('storage.counts', state.userCounts)}</p>}
      {hasOwn && savedAt && (
        <p className="saved">{t('import.saved', { date: formatDateTime(new Date(savedAt), language) })}</p>
      )}
      {hasOwn && !savedAt && <p className="not-saved">{t('storage.unsavedData')}</p>}
      <p className="actions-row">
        {state.undo && (
          <button type="button" disabled={busy} onClick={() => void undoLastImport(dataClient())}>
            {t('storage.undo', { file: state.undo })}
          </button>
        )}
        {hasOwn && (
          <button type="button" disabled={busy} onClick={() => void clearImportedData(dataClient())}>
            {t('import.clear')}
          </button>
        )}
      </p>
      {use && use.used > 0 && (
        <p className="meta">
          {t('storage.use', {
            used: formatNumber(use.used, language, 'megabytes'),
            quota: formatNumber(use.quota, language, 'megabytes'),
          })}{' '}
          {t(use.persisted ? 'storage.persisted' : 'storage.notPersisted')}
        </p>
      )}
      {actionError && (
        <p className="not-saved" role="alert">
          {t(actionError.key, { detail: actionError.detail })}
        </p>
      )}
    </div>
  );
}
