import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationItem, type InvitationState, type Paged, reach } from '../../data/registerReach.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useAppStore } from '../../state/store.ts';
import { useNames } from '../names.ts';
import { useExplain } from './explain.ts';
import { Pager } from './Pager.tsx';

const STATES: (InvitationState | '')[] = ['', 'pending', 'used', 'expired', 'revoked'];

/** The invitations, by state and paged: re-send a pending one, renew an expired one, revoke. */
export function InvitationList() {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const explain = useExplain();
  const [state, setState] = useState<InvitationState | ''>('pending');
  const [page, setPage] = useState(0);
  const [data, setData] = useState<(Paged & { invitations: InvitationItem[] }) | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    reach.invitations(state, page).then(setData, (e: unknown) => setMessage({ ok: false, text: explain(e) }));
  }, [state, page, explain]);
  useEffect(load, [load]);
  const act = async (invitation: number, action: 'resend' | 'renew' | 'revoke') => {
    try {
      await reach.invitationAction(invitation, action);
      setMessage({ ok: true, text: t('reach.moderation.done') });
    } catch (e) {
      setMessage({ ok: false, text: explain(e) });
    }
    load();
  };
  const date = (value: string) => formatDateTime(new Date(value), language);
  return (
    <section>
      <label htmlFor={`${id}-state`}>{t('reach.moderation.tabs.invitations')}</label>
      <select
        id={`${id}-state`}
        value={state}
        onChange={(e) => {
          setState(e.target.value as InvitationState | '');
          setPage(0);
        }}
      >
        {STATES.map((s) => (
          <option key={s} value={s}>
            {t(`reach.moderation.state.${s || 'all'}`)}
          </option>
        ))}
      </select>
      {message && (
        <p className={message.ok ? 'saved-note' : 'not-saved'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {data?.invitations.length === 0 && <p className="muted">{t('reach.moderation.noneFound')}</p>}
      <ul className="queue">
        {data?.invitations.map((i) => (
          <li key={i.id} className="queue-item">
            <strong>{i.email ?? '—'}</strong>
            <span className="meta">
              {t(`register.role.${i.role}`)} · {i.municipalities.map(names.municipality).join(', ')} ·{' '}
              {t(`reach.moderation.state.${i.state}`)}
            </span>
            <span className="meta">
              {t('reach.moderation.created')}: {date(i.createdAt)} · {t('reach.moderation.expires')}:{' '}
              {date(i.expiresAt)}
            </span>
            {(i.state === 'pending' || i.state === 'expired') && (
              <p className="actions-row">
                <button type="button" onClick={() => void act(i.id, i.state === 'expired' ? 'renew' : 'resend')}>
                  {t(i.state === 'expired' ? 'reach.moderation.renew' : 'reach.moderation.resend')}
                </button>
                <button type="button" onClick={() => void act(i.id, 'revoke')}>
                  {t('reach.moderation.revoke')}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}
