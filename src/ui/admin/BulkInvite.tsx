import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterError } from '../../data/registerClient.ts';
import { type BulkResult, reach } from '../../data/registerReach.ts';
import { useExplain } from './explain.ts';

/** One refused row in the reader's language: the row, the column, and why. */
export function ProblemText({ problem }: { problem: BulkResult['problems'][number] }) {
  const { t } = useTranslation();
  const message = t(`reach.moderation.problem.${problem.code}`, {
    value: problem.value,
    ...problem.params,
    defaultValue: problem.code,
  });
  return <>{t('reach.moderation.problemLine', { row: problem.row, column: problem.column, message })}</>;
}

/**
 * A moderator's bulk invitation: a CSV uploaded or pasted. The register checks every row like an
 * import row; the report names each refused row and column. Sent, the form is cleared.
 */
export function BulkInvite({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const explain = useExplain({ csv: 'reach.moderation.bulkText' });
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    const csv = file instanceof File && file.size > 0 ? await file.text() : String(data.get('csv') ?? '');
    setError('');
    setResult(null);
    setBusy(true);
    try {
      setResult(await reach.bulkInvite(csv));
      form.reset();
      onDone?.();
    } catch (e) {
      const fatal = e instanceof RegisterError && (e.code === 'missing_columns' || e.code === 'no_rows');
      setError(
        fatal
          ? t(`reach.moderation.problem.${e instanceof RegisterError ? e.code : ''}`, { list: 'municipality, email' })
          : explain(e),
      );
    }
    setBusy(false);
  };
  return (
    <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
      <p className="meta">{t('reach.moderation.bulkIntro')}</p>
      <label htmlFor={`${id}-file`}>{t('reach.moderation.bulkFile')}</label>
      <input id={`${id}-file`} name="file" type="file" accept=".csv,text/csv,text/plain" />
      <label htmlFor={`${id}-csv`}>{t('reach.moderation.bulkText')}</label>
      <textarea
        id={`${id}-csv`}
        name="csv"
        rows={5}
        placeholder={'municipality;email;language\nLierde;preventie@lierde.be;nl'}
      />
      <button type="submit" disabled={busy}>
        {t('reach.moderation.bulkSend')}
      </button>
      {error && (
        <p className="not-saved" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div role="status" className="bulk-report">
          <p className="saved-note">{t('reach.moderation.bulkDone', { count: result.invited.length })}</p>
          {result.problems.length > 0 && (
            <>
              <p className="not-saved">
                {t('reach.moderation.bulkRefused', { count: new Set(result.problems.map((p) => p.row)).size })}
              </p>
              <ul className="bulk-problems">
                {result.problems.map((p) => (
                  <li key={`${p.row}-${p.column}-${p.code}`}>
                    <ProblemText problem={p} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
