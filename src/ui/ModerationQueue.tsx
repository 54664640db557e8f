import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Declaration, register } from '../data/registerClient.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { OutcomeLine } from './admin/AccountForms.tsx';
import { RejectWithReason, useDecide } from './Decision.tsx';
import { useNames } from './names.ts';
import { SourceLink, Statements } from './Statements.tsx';
import { useRegisterList } from './useRegisterList.ts';

/** The declarations the register gives this account (a moderator's queue, an editor's own), kept fresh. */
const useDeclarations = (pendingOnly: boolean) =>
  useRegisterList(useCallback(() => register.declarations(pendingOnly ? 'pending' : undefined), [pendingOnly]));

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
  const { decide, outcome } = useDecide(onDone);
  return (
    <div className="decision">
      <button type="button" onClick={() => void decide(() => register.approve(declaration.id), true)}>
        {t('register.approve')}
      </button>
      <RejectWithReason onReject={(reason) => void decide(() => register.reject(declaration.id, reason), false)} />
      <OutcomeLine outcome={outcome} />
    </div>
  );
}

type Page = Awaited<ReturnType<typeof register.declarationPage>>;

/**
 * The pending declarations page by page (the register sends a page and the next page's cursor),
 * with the totals by state; fresh from the first page after each decision.
 */
function usePendingQueue() {
  const [pages, setPages] = useState<Page[]>([]);
  const [error, setError] = useState('');
  const load = useCallback((after?: number) => {
    register.declarationPage('pending', after).then(
      (page) => {
        setPages((loaded) => (after ? [...loaded, page] : [page]));
        setError('');
      },
      (e: unknown) => setError(String(e instanceof Error ? e.message : e)),
    );
  }, []);
  useEffect(() => load(), [load]);
  const last = pages.at(-1);
  return {
    list: last ? pages.flatMap((p) => p.declarations) : null,
    totals: last?.totals,
    next: last?.next ?? null,
    error,
    more: () => last?.next && load(last.next),
    reload: () => load(),
  };
}

/** A moderator's queue: each declaration beside the statement the map publishes now. */
export function ModerationQueue() {
  const { t } = useTranslation();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const { list, totals, next, error, more, reload } = usePendingQueue();
  return (
    <section aria-label={t('register.queue')}>
      <h3>{t('register.queue')}</h3>
      {totals && <p className="meta">{t('register.queueTotals', totals)}</p>}
      {error && <p className="not-saved">{t('register.refused', { detail: error })}</p>}
      {list?.length === 0 && <p className="muted">{t('register.queueEmpty')}</p>}
      <ul className="queue">
        {list?.map((d) => (
          <li key={d.id} className="queue-item">
            <h4>{names.municipality(d.nis)}</h4>
            <p className="meta">{t('register.declared', { date: formatDateTime(new Date(d.declaredAt), language) })}</p>
            {d.outsideMembers.length > 0 && (
              <p className="outside-members" role="note">
                {t('register.outsideMembers', { list: d.outsideMembers.map(names.municipality).join(', ') })}
              </p>
            )}
            <DeclaredCell declaration={d} />
            <h5>{t('register.published')}</h5>
            <Statements nis={d.nis} />
            <Decision declaration={d} onDone={reload} />
          </li>
        ))}
      </ul>
      {list && totals && next !== null && (
        <>
          <p className="meta">{t('register.queueShown', { shown: list.length, pending: totals.pending })}</p>
          <button type="button" onClick={more}>
            {t('register.queueMore')}
          </button>
        </>
      )}
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
