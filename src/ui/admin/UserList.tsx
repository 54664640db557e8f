import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditEntry, reach, type UserItem } from '../../data/registerReach.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useAppStore } from '../../state/store.ts';
import { useNames } from '../names.ts';
import { useExplain } from './explain.ts';

/** Admins: every account (role, municipalities, last sign-in, disabled), each disabled or enabled. */
export function UserList() {
  const { t } = useTranslation();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const self = useAppStore((s) => s.registerUser?.id);
  const explain = useExplain();
  const [users, setUsers] = useState<UserItem[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    reach.users().then(
      (r) => setUsers(r.users),
      (e: unknown) => setMessage({ ok: false, text: explain(e) }),
    );
  }, [explain]);
  useEffect(load, [load]);
  const toggle = async (user: UserItem) => {
    try {
      await reach.setDisabled(user.id, !user.disabled);
      setMessage({ ok: true, text: t('reach.moderation.done') });
    } catch (e) {
      setMessage({ ok: false, text: explain(e) });
    }
    load();
  };
  return (
    <section>
      {message && (
        <p className={message.ok ? 'saved-note' : 'not-saved'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <ul className="queue">
        {users?.map((u) => (
          <li key={u.id} className="queue-item">
            <strong>{u.email}</strong>
            <span className="meta">
              {t(`register.role.${u.role}`)}
              {u.municipalities.length > 0 && ` · ${u.municipalities.map(names.municipality).join(', ')}`}
              {u.disabled && ` · ${t('reach.moderation.disabled')}`}
            </span>
            <span className="meta">
              {t('reach.moderation.lastLogin')}:{' '}
              {u.lastLoginAt ? formatDateTime(new Date(u.lastLoginAt), language) : t('reach.moderation.never')}
            </span>
            {u.id !== self && (
              <p className="actions-row">
                <button type="button" onClick={() => void toggle(u)}>
                  {t(u.disabled ? 'reach.moderation.enable' : 'reach.moderation.disable')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Admins: the audit, newest first, with dates in the reader's locale; older entries page by page. */
export function AuditList() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const explain = useExplain();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState('');
  const more = useCallback(
    (before?: number) => {
      reach.audit(before).then(
        (r) => setEntries((list) => (before ? [...list, ...r.entries] : r.entries)),
        (e: unknown) => setError(explain(e)),
      );
    },
    [explain],
  );
  useEffect(() => more(), [more]);
  return (
    <section>
      {error && <p className="not-saved">{error}</p>}
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">{t('reach.moderation.auditAt')}</th>
            <th scope="col">{t('reach.moderation.auditActor')}</th>
            <th scope="col">{t('reach.moderation.auditAction')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(new Date(e.at), language)}</td>
              <td>{e.actorEmail ?? '—'}</td>
              <td>
                {e.action}
                {e.subject ? ` #${e.subject}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > 0 && entries.length % 500 === 0 && (
        <button type="button" onClick={() => more(entries.at(-1)?.id)}>
          {t('reach.moderation.next')}
        </button>
      )}
    </section>
  );
}
