import { useTranslation } from 'react-i18next';
import { type Declaration, register } from '../data/registerClient.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useAppStore } from '../state/store.ts';
import { OutcomeLine } from './admin/AccountForms.tsx';
import { MoreRows, RejectWithReason, useDecide } from './Decision.tsx';
import { useNames } from './names.ts';
import { SourceLink, Statements } from './Statements.tsx';
import { useRegisterList } from './useRegisterList.ts';

/** A moderator's queue and an editor's own declarations, page by page (useRegisterList). */
const pendingDeclarations = (after?: number) => register.declarations('pending', after);
const ownDeclarations = (after?: number) => register.declarations(undefined, after);

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

/** A moderator's queue: each declaration beside the statement the map publishes now. */
export function ModerationQueue() {
  const { t } = useTranslation();
  const names = useNames();
  const language = useAppStore((s) => s.language);
  const { list, totals, next, error, more, reload } = useRegisterList(pendingDeclarations);
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
        <MoreRows shown={list.length} total={totals.pending} label={t('register.queueMore')} onMore={more} />
      )}
    </section>
  );
}

/** An editor's declarations and where each stands. */
export function MyDeclarations() {
  const { t } = useTranslation();
  const names = useNames();
  const { list, all, next, error, more } = useRegisterList(ownDeclarations);
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
      {list && next !== null && (
        <MoreRows shown={list.length} total={all} label={t('register.queueMore')} onMore={more} />
      )}
    </section>
  );
}
