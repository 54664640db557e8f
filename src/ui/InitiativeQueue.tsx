import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeItem as InitiativeDeclaration } from '../contract/initiatives.ts';
import { register } from '../data/registerClient.ts';
import { REVIEW_STATES, type ReviewState } from '../domain/vocabulary.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { OutcomeLine } from './admin/AccountForms.tsx';
import { MoreRows, RejectWithReason, useDecide } from './Decision.tsx';
import { useNames } from './names.ts';
import { SourceLink } from './Statements.tsx';
import { useRegisterList } from './useRegisterList.ts';

const I = 'register.initiative';
/** A moderator's two lists and an editor's own initiatives, page by page (useRegisterList). */
const pendingInitiatives = (after?: number) => register.initiatives.list('pending', after);
const publishedInitiatives = (after?: number) => register.initiatives.list('approved', after);
const ownInitiatives = (after?: number) => register.initiatives.list(undefined, after);

/** A declared initiative as text, never as HTML: title, theme, start, municipalities, organisation, summary, source. */
function DeclaredInitiative({ item }: { item: InitiativeDeclaration }) {
  const { t } = useTranslation();
  const names = useNames();
  const row = item.initiative;
  const titleLanguage = LANGUAGES.find((l) => row[`title_${l}`]);
  const summaryLanguage = LANGUAGES.find((l) => l === row.description_language) ?? titleLanguage;
  const translated = LANGUAGES.filter((l) => l !== summaryLanguage && row[`description_${l}`]);
  return (
    <div className="declared">
      <h4 lang={titleLanguage}>{titleLanguage ? row[`title_${titleLanguage}`] : ''}</h4>
      <span className="meta">
        {t(`theme.${row.theme}`, { defaultValue: row.theme })}
        {row.start_year && ` · ${t('guide.since', { year: row.start_year })}`} ·{' '}
        {item.municipalities.map(names.municipality).join(', ')}
      </span>
      {row.organisation && <span className="meta">{`${t(`${I}.organisation`)}: ${row.organisation}`}</span>}
      {summaryLanguage && row[`description_${summaryLanguage}`] && (
        <p lang={summaryLanguage}>{row[`description_${summaryLanguage}`]}</p>
      )}
      {translated.length > 0 && (
        <span className="meta">
          {t(`${I}.translatedInto`, { list: translated.map((l) => t(`languages.${l}`)).join(', ') })}
        </span>
      )}
      <span className="meta">
        <SourceLink url={row.source_url}>
          {row.source_date
            ? `${t('facts.statement.source')}, ${formatPartialDate(row.source_date, names.language)}`
            : t('facts.statement.source')}
        </SourceLink>
      </span>
    </div>
  );
}

/** Approve with a review state (published at once), or reject with a reason. */
function Decide({ item, onDone }: { item: InitiativeDeclaration; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [review, setReview] = useState<ReviewState>('checked');
  const { decide, outcome } = useDecide(onDone);
  return (
    <div className="decision">
      <label htmlFor={`${id}-review`}>{t(`${I}.review`)}</label>
      <select id={`${id}-review`} value={review} onChange={(e) => setReview(e.target.value as ReviewState)}>
        {REVIEW_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`${I}.reviewOption.${state}`)}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void decide(() => register.initiatives.approve(item.id, review), true)}>
        {t('register.approve')}
      </button>
      <RejectWithReason onReject={(reason) => void decide(() => register.initiatives.reject(item.id, reason), false)} />
      <OutcomeLine outcome={outcome} />
    </div>
  );
}

/** One button that changes a published initiative (archive, confirm), and the guide with it. */
function Republish({ label, action, onDone }: { label: string; action: () => Promise<unknown>; onDone: () => void }) {
  const { decide, outcome } = useDecide(onDone);
  return (
    <div className="decision">
      <button type="button" onClick={() => void decide(action, true)}>
        {label}
      </button>
      <OutcomeLine outcome={outcome} />
    </div>
  );
}

/** Its review state and last confirmation, once published. */
function Standing({ item }: { item: InitiativeDeclaration }) {
  const { t } = useTranslation();
  const { language } = useNames();
  if (!item.reviewState) return null;
  return (
    <p className="meta">
      {t(`guide.review.${item.reviewState}`)}
      {item.confirmedOn && `, ${t('guide.confirmedOn', { date: formatPartialDate(item.confirmedOn, language) })}`}
    </p>
  );
}

/** A moderator's initiatives: those waiting for review, and those published, which end by archiving. */
export function InitiativeQueue() {
  const { t } = useTranslation();
  const pending = useRegisterList(pendingInitiatives);
  const published = useRegisterList(publishedInitiatives);
  // A decision moves an initiative from one list to the other (or out of both).
  const reload = () => {
    pending.reload();
    published.reload();
  };
  return (
    <>
      <section aria-label={t(`${I}.queue`)}>
        <h3>{t(`${I}.queue`)}</h3>
        {pending.error && <p className="not-saved">{t('register.refused', { detail: pending.error })}</p>}
        {pending.list?.length === 0 && <p className="muted">{t(`${I}.queueEmpty`)}</p>}
        <ul className="queue">
          {pending.list?.map((item) => (
            <li key={item.id} className="queue-item">
              <DeclaredInitiative item={item} />
              <Decide item={item} onDone={reload} />
            </li>
          ))}
        </ul>
        {pending.list && pending.totals && pending.next !== null && (
          <MoreRows
            shown={pending.list.length}
            total={pending.totals.pending}
            label={t(`${I}.more`)}
            onMore={pending.more}
          />
        )}
      </section>
      <section aria-label={t(`${I}.published`)}>
        <h3>{t(`${I}.published`)}</h3>
        {published.list?.length === 0 && <p className="muted">{t(`${I}.publishedNone`)}</p>}
        <ul className="queue">
          {published.list?.map((item) => (
            <li key={item.id} className="queue-item">
              <DeclaredInitiative item={item} />
              <Standing item={item} />
              <Republish
                label={t(`${I}.archive`)}
                action={() => register.initiatives.archive(item.id)}
                onDone={reload}
              />
            </li>
          ))}
        </ul>
        {published.list && published.totals && published.next !== null && (
          <MoreRows
            shown={published.list.length}
            total={published.totals.approved}
            label={t(`${I}.more`)}
            onMore={published.more}
          />
        )}
      </section>
    </>
  );
}

/** An editor's initiatives, where each stands; a published one can be confirmed "still running". */
export function MyInitiatives() {
  const { t } = useTranslation();
  const { list, all, next, error, more, reload } = useRegisterList(ownInitiatives);
  return (
    <section aria-label={t(`${I}.yours`)}>
      <h3>{t(`${I}.yours`)}</h3>
      {error && <p className="not-saved">{t('register.refused', { detail: error })}</p>}
      {list?.length === 0 && <p className="muted">{t(`${I}.none`)}</p>}
      <ul className="queue">
        {list?.map((item) => (
          <li key={item.id} className="queue-item">
            <p className={`declaration-state state-${item.state}`}>{t(`${I}.state.${item.state}`)}</p>
            {item.reason && <p>{t('register.reason', { reason: item.reason })}</p>}
            <DeclaredInitiative item={item} />
            <Standing item={item} />
            {item.state === 'approved' && (
              <Republish
                label={t(`${I}.stillRunning`)}
                action={() => register.initiatives.confirm(item.id)}
                onDone={reload}
              />
            )}
          </li>
        ))}
      </ul>
      {list && next !== null && <MoreRows shown={list.length} total={all} label={t(`${I}.more`)} onMore={more} />}
    </section>
  );
}
