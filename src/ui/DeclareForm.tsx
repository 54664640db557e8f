import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../contract/vocabulary.ts';
import { RegisterError, register } from '../data/registerClient.ts';
import { resolvePlaceList } from '../domain/placeList.ts';
import { CELL_LEVELS, CELL_STATUSES } from '../domain/vocabulary.ts';
import { mayDeclare } from '../state/registerSlice.ts';
import { useAppStore } from '../state/store.ts';
import { type Outcome, OutcomeLine } from './admin/AccountForms.tsx';
import { useRetryKey } from './useRetryKey.ts';

/** The labels of the declaration's fields, to name the one the register refused. */
const FIELD_LABELS: Record<string, string> = {
  status: 'register.status',
  level: 'register.level',
  members: 'register.members',
  established_on: 'register.established',
  source_url: 'register.source',
  note: 'register.note',
};

/** In the details of an editor's own municipality: declare or correct its cell, for review. */
export function DeclareForm({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const id = useId();
  const allowed = useAppStore((s) => mayDeclare(s.registerUser, nis));
  const places = useAppStore((s) => s.places);
  const [open, setOpen] = useState(false);
  const retry = useRetryKey();
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!allowed) return null;

  const explain = (e: unknown) => {
    if (!(e instanceof RegisterError)) return t('register.unreachable');
    if (e.status === 403) return t('register.notYours');
    if (e.status !== 400 || !e.field) return t('register.refused', { detail: e.message });
    const field = FIELD_LABELS[e.field] ? t(FIELD_LABELS[e.field] ?? '') : e.field;
    return t('register.invalid', { field, message: t(`problem.${e.code}`, { defaultValue: e.code }) });
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    // Names as the search box takes them, in any language, or NIS codes.
    const list = places
      ? resolvePlaceList(places.searchIndex, text('members'))
      : { nis: [], unknown: [], ambiguous: [] };
    if (list.unknown.length || list.ambiguous.length) {
      const problem = list.unknown.length
        ? t('reach.unknownPlaces', { list: list.unknown.join(', ') })
        : t('reach.ambiguousPlaces', { list: list.ambiguous.join(', ') });
      return setOutcome({ ok: false, text: t('register.invalid', { field: t('register.members'), message: problem }) });
    }
    const members = list.nis;
    const sentForm = event.currentTarget;
    const input = {
      nis,
      status: text('status'),
      level: text('level'),
      ...(members.length ? { members } : {}),
      ...(text('established_on') ? { established_on: text('established_on') } : {}),
      ...(text('source_url') ? { source_url: text('source_url') } : {}),
      ...(text('note') ? { note: String(form.get('note')) } : {}),
    };
    try {
      const sent = await register.declare(input, retry.keyFor(input));
      retry.acknowledged();
      // Sent: cleared, so that it cannot be sent twice by a second click.
      sentForm.reset();
      setOutcome({ ok: true, text: t('register.sent', { id: sent.id }) });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
  };

  return (
    <div className="declare">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('register.declare')}
      </button>
      {open && (
        <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
          <p className="meta">{t('register.declareIntro')}</p>
          <label htmlFor={`${id}-status`}>{t('register.status')}</label>
          <select id={`${id}-status`} name="status" defaultValue="active">
            {CELL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-level`}>{t('register.level')}</label>
          <select id={`${id}-level`} name="level" defaultValue="municipal">
            {CELL_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level.${l}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-members`}>{t('register.members')}</label>
          <input id={`${id}-members`} name="members" />
          <label htmlFor={`${id}-established`}>{t('register.established')}</label>
          <input id={`${id}-established`} name="established_on" type="date" />
          <label htmlFor={`${id}-source`}>{t('register.source')}</label>
          <input id={`${id}-source`} name="source_url" type="url" />
          <label htmlFor={`${id}-note`}>{t('register.note')}</label>
          <textarea id={`${id}-note`} name="note" maxLength={LIMITS.note} />
          <button type="submit">{t('register.submit')}</button>
          <OutcomeLine outcome={outcome} />
        </form>
      )}
    </div>
  );
}
