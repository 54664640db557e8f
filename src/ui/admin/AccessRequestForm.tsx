import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../contract/vocabulary.ts';
import { reach } from '../../data/registerReach.ts';
import { resolvePlaceList } from '../../domain/placeList.ts';
import { useAppStore } from '../../state/store.ts';
import { useNames } from '../names.ts';
import { OutcomeLine } from './AccountForms.tsx';
import { useExplain } from './explain.ts';

const LABELS = {
  email: 'reach.access.email',
  municipalities: 'reach.access.municipalities',
  function: 'reach.access.function',
};

/**
 * In a municipality's details when a register serves the page and nobody is signed in: a
 * coordinator who was not invited asks for access. No name field; the address is confirmed by mail.
 */
export function AccessRequestForm({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const id = useId();
  const available = useAppStore((s) => s.registerAvailable && !s.registerUser);
  const places = useAppStore((s) => s.places);
  const language = useAppStore((s) => s.language);
  const names = useNames();
  const explain = useExplain(LABELS);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!available) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const list = places
      ? resolvePlaceList(places.searchIndex, String(data.get('municipalities')))
      : { nis: [nis], unknown: [], ambiguous: [] };
    if (list.unknown.length || list.ambiguous.length) {
      const text = list.unknown.length
        ? t('reach.unknownPlaces', { list: list.unknown.join(', ') })
        : t('reach.ambiguousPlaces', { list: list.ambiguous.join(', ') });
      return setOutcome({ ok: false, text: `${t(LABELS.municipalities)}: ${text}` });
    }
    try {
      await reach.requestAccess({
        email: String(data.get('email')).trim(),
        municipalities: list.nis,
        function: String(data.get('function')).trim(),
        language,
      });
      form.reset();
      setOutcome({ ok: true, text: t('reach.access.sent') });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
  };

  return (
    <div className="declare">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('reach.access.open')}
      </button>
      {open && (
        <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
          <p className="meta">{t('reach.access.intro')}</p>
          <label htmlFor={`${id}-email`}>{t(LABELS.email)}</label>
          <input id={`${id}-email`} name="email" type="email" autoComplete="email" required maxLength={LIMITS.email} />
          <label htmlFor={`${id}-municipalities`}>{t(LABELS.municipalities)}</label>
          <input id={`${id}-municipalities`} name="municipalities" defaultValue={names.municipality(nis)} required />
          <label htmlFor={`${id}-function`}>{t(LABELS.function)}</label>
          <input id={`${id}-function`} name="function" required minLength={2} maxLength={LIMITS.function} />
          <button type="submit">{t('reach.access.send')}</button>
          <OutcomeLine outcome={outcome} />
        </form>
      )}
    </div>
  );
}
