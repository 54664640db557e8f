import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../contract/vocabulary.ts';
import { dataClient } from '../data/client.ts';
import { type Declaration, RegisterError, register } from '../data/registerClient.ts';
import { formatDateTime } from '../i18n/format.ts';
import { showShippedContent } from '../state/importer.ts';
import { shippedContent } from '../state/shipped.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { SourceLink, Statements } from './Statements.tsx';

/** The declarations the register gives this account (a moderator's queue, an editor's own), kept fresh. */
function useDeclarations(pendingOnly: boolean) {
  const [list, setList] = useState<Declaration[] | null>(null);
  const [error, setError] = useState('');
  const reload = useCallback(() => {
    register.declarations(pendingOnly ? 'pending' : undefined).then(
      (found) => {
        setList(found);
        setError('');
      },
      (e: unknown) => setError(String(e instanceof Error ? e.message : e)),
    );
  }, [pendingOnly]);
  useEffect(reload, [reload]);
  return { list, error, reload };
}

/** A declared row as text, never as HTML: status, level, members, date, source and note. */
function DeclaredCell({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const names = useNames();
  const { cell } = declaration;
  const members = (cell.municipalities ?? '').split('|').filter(Boolean);
  return (
    <div className="declared">
      <strong>
        {t(`status.${cell.status}`, { defaultValue: cell.status })} ·{' '}
        {t(`level.${cell.level}`, { defaultValue: cell.level })}
      </strong>
      {members.length > 1 && <span className="meta">{members.map(names.municipality).join(', ')}</span>}
      {cell.established_on && <span className="meta">{`${t('register.established')}: ${cell.established_on}`}</span>}
      {cell.note && <p>{cell.note}</p>}
      <SourceLink url={cell.source_url}>{t('facts.statement.source')}</SourceLink>
    </div>
  );
}

function Decision({ declaration, onDone }: { declaration: Declaration; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState('');
  const decide = async (action: () => Promise<unknown>, republish: boolean) => {
    setMessage('');
    try {
      await action();
      // The content on screen again, now with the decision in it (the register's snapshot when it serves the page).
      if (republish)
        await showShippedContent(dataClient(), import.meta.env.BASE_URL, shippedContent(useAppStore.getState()));
    } catch (e) {
      setMessage(e instanceof RegisterError && e.status === 409 ? t('register.decided') : String(e));
    }
    onDone();
  };
  return (
    <div className="decision">
      <button type="button" onClick={() => void decide(() => register.approve(declaration.id), true)}>
        {t('register.approve')}
      </button>
      <label htmlFor={`${id}-reason`}>{t('register.rejectReason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        maxLength={LIMITS.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button
        type="button"
        disabled={!reason.trim()}
        onClick={() => void decide(() => register.reject(declaration.id, reason.trim()), false)}
      >
        {t('register.reject')}
      </button>
      {message && (
        <p className="not-saved" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/** A moderator's queue: each declaration beside the statement the map publishes now. */
export function ModerationQueue() {
  const { t } = useTranslation();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const { list, error, reload } = useDeclarations(true);
  return (
    <section aria-label={t('register.queue')}>
      <h3>{t('register.queue')}</h3>
      {error && <p className="not-saved">{t('register.refused', { detail: error })}</p>}
      {list?.length === 0 && <p className="muted">{t('register.queueEmpty')}</p>}
      <ul className="queue">
        {list?.map((d) => (
          <li key={d.id} className="queue-item">
            <h4>{names.municipality(d.nis)}</h4>
            <p className="meta">{t('register.declared', { date: formatDateTime(new Date(d.declaredAt), language) })}</p>
            <DeclaredCell declaration={d} />
            <h5>{t('register.published')}</h5>
            <Statements nis={d.nis} />
            <Decision declaration={d} onDone={reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An editor's declarations and where each stands. */
export function MyDeclarations() {
  const { t } = useTranslation();
  const names = useNames();
  const { list, error } = useDeclarations(false);
  return (
    <section aria-label={t('register.yours')}>
      <h3>{t('register.yours')}</h3>
      {error && <p className="not-saved">{t('register.refused', { detail: error })}</p>}
      {list?.length === 0 && <p className="muted">{t('register.none')}</p>}
      <ul className="queue">
        {list?.map((d) => (
          <li key={d.id} className="queue-item">
            <h4>{names.municipality(d.nis)}</h4>
            <p className={`declaration-state state-${d.state}`}>{t(`register.state.${d.state}`)}</p>
            {d.reason && <p>{t('register.reason', { reason: d.reason })}</p>}
            <DeclaredCell declaration={d} />
          </li>
        ))}
      </ul>
    </section>
  );
}
