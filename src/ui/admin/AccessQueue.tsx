import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../contract/vocabulary.ts';
import { type AccessRequestItem, type Paged, reach } from '../../data/registerReach.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useAppStore } from '../../state/store.ts';
import { useNames } from '../names.ts';
import { useExplain } from './explain.ts';
import { Pager } from './Pager.tsx';

function Request({ request, onDone }: { request: AccessRequestItem; onDone: (text: string, ok: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const explain = useExplain();
  const [reason, setReason] = useState('');
  const decide = async (action: () => Promise<unknown>) => {
    try {
      await action();
      onDone(t('reach.moderation.done'), true);
    } catch (e) {
      onDone(explain(e), false);
    }
  };
  return (
    <li className="queue-item">
      <h4>{request.municipalities.map(names.municipality).join(', ')}</h4>
      <p className="meta">
        {request.email} · {formatDateTime(new Date(request.confirmedAt), language)}
      </p>
      {/* The requester's words, as text. */}
      <p>{t('reach.moderation.requestFunction', { text: request.function })}</p>
      {!request.domainMatches && <p className="not-saved">{t('reach.moderation.domainHint')}</p>}
      <div className="decision">
        <button type="button" onClick={() => void decide(() => reach.approveAccess(request.id))}>
          {t('reach.moderation.approveAccess')}
        </button>
        <label htmlFor={`${id}-reason`}>{t('reach.moderation.rejectReason')}</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          maxLength={LIMITS.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button
          type="button"
          disabled={!reason.trim()}
          onClick={() => void decide(() => reach.rejectAccess(request.id, reason.trim()))}
        >
          {t('reach.moderation.rejectAccess')}
        </button>
      </div>
    </li>
  );
}

/** Confirmed access requests, paged, oldest first; each approved (invited by mail) or rejected (reason mailed). */
export function AccessQueue() {
  const { t } = useTranslation();
  const explain = useExplain();
  const [page, setPage] = useState(0);
  const [data, setData] = useState<(Paged & { requests: AccessRequestItem[] }) | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    reach.accessRequests(page).then(setData, (e: unknown) => setMessage({ ok: false, text: explain(e) }));
  }, [page, explain]);
  useEffect(load, [load]);
  return (
    <section>
      {message && (
        <p className={message.ok ? 'saved-note' : 'not-saved'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {data?.requests.length === 0 && <p className="muted">{t('reach.moderation.noneFound')}</p>}
      <ul className="queue">
        {data?.requests.map((r) => (
          <Request
            key={r.id}
            request={r}
            onDone={(text, ok) => {
              setMessage({ text, ok });
              load();
            }}
          />
        ))}
      </ul>
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}
