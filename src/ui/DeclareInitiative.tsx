import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeInput } from '../contract/initiatives.ts';
import { MAX_FIELD_LENGTH } from '../data/import/rows.ts';
import { register } from '../data/registerClient.ts';
import type { Language } from '../domain/types.ts';
import { THEMES } from '../domain/vocabulary.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { mayDeclare } from '../state/registerSlice.ts';
import { useAppStore } from '../state/store.ts';
import { type Outcome, OutcomeLine } from './admin/AccountForms.tsx';
import { useExplain } from './admin/explain.ts';
import { useNames } from './names.ts';
import { useRetryKey } from './useRetryKey.ts';

const I = 'register.initiative';
/** One empty list, not a new one at each render: a new value from a store selector would render without end. */
const NONE: readonly string[] = [];
/**
 * The labels of the fields the register may refuse: the API's names, and the import's columns
 * its check names (title_nl, description_fr, start_year …).
 */
const FIELD_LABELS: Record<string, string> = {
  title: `${I}.title`,
  ...Object.fromEntries(LANGUAGES.map((l) => [`title_${l}`, `${I}.title`])),
  summary: `${I}.summary`,
  ...Object.fromEntries(LANGUAGES.map((l) => [`description_${l}`, `${I}.summary`])),
  translations: `${I}.translations`,
  language: `${I}.language`,
  theme: `${I}.theme`,
  municipalities: `${I}.municipalities`,
  organisation: `${I}.organisation`,
  since: `${I}.since`,
  start_year: `${I}.since`,
  source_url: 'register.source',
  source_date: `${I}.sourceDate`,
};

/** In the details of an editor's own municipality: declare one of its initiatives for the guide, for review. */
export function DeclareInitiative({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const allowed = useAppStore((s) => mayDeclare(s.registerUser, nis));
  const own = useAppStore((s) => s.registerUser?.municipalities ?? NONE);
  const [open, setOpen] = useState(false);
  const retry = useRetryKey();
  const [language, setLanguage] = useState<Language>(names.language);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const explain = useExplain(FIELD_LABELS);
  if (!allowed) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const sentForm = event.currentTarget;
    const form = new FormData(sentForm);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const translations = Object.fromEntries(
      LANGUAGES.filter((l) => l !== language && text(`translation_${l}`)).map((l) => [l, text(`translation_${l}`)]),
    );
    // Only the fields given: an empty one is absent, as in a file.
    const optional = ['summary', 'organisation', 'since', 'source_url', 'source_date'] as const;
    const input: InitiativeInput = {
      municipalities: own.length > 1 ? form.getAll('municipalities').map(String) : [nis],
      language,
      title: text('title'),
      theme: text('theme'),
      ...Object.fromEntries(optional.filter((f) => text(f)).map((f) => [f, text(f)])),
      ...(Object.keys(translations).length ? { translations } : {}),
    };
    try {
      const sent = await register.initiatives.declare(input, retry.keyFor(input));
      retry.acknowledged();
      // Sent: cleared, so that it cannot be sent twice by a second click.
      sentForm.reset();
      setOutcome({ ok: true, text: t(`${I}.sent`, { id: sent.id }) });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <div className="declare">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(`${I}.declare`)}
      </button>
      {open && (
        <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
          <p className="meta">{t(`${I}.declareIntro`)}</p>
          <label htmlFor={field('title')}>{t(`${I}.title`)}</label>
          <input id={field('title')} name="title" required maxLength={300} lang={language} />
          <label htmlFor={field('language')}>{t(`${I}.language`)}</label>
          <select
            id={field('language')}
            name="language"
            value={language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
          <label htmlFor={field('theme')}>{t(`${I}.theme`)}</label>
          <select id={field('theme')} name="theme" required defaultValue="">
            <option value="" disabled>
              {t(`${I}.chooseTheme`)}
            </option>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`theme.${theme}`)}
              </option>
            ))}
          </select>
          {own.length > 1 && (
            <fieldset className="register-choices">
              <legend>{t(`${I}.municipalities`)}</legend>
              {own.map((code) => (
                <label key={code}>
                  <input type="checkbox" name="municipalities" value={code} defaultChecked={code === nis} />{' '}
                  {names.municipality(code)}
                </label>
              ))}
            </fieldset>
          )}
          <label htmlFor={field('summary')}>{t(`${I}.summary`)}</label>
          <textarea id={field('summary')} name="summary" maxLength={MAX_FIELD_LENGTH} lang={language} />
          <label htmlFor={field('organisation')}>{t(`${I}.organisation`)}</label>
          <input id={field('organisation')} name="organisation" maxLength={300} />
          <label htmlFor={field('since')}>{t(`${I}.since`)}</label>
          <input id={field('since')} name="since" type="number" min={1945} max={2100} step={1} />
          <label htmlFor={field('source')}>{t('register.source')}</label>
          <input id={field('source')} name="source_url" type="url" />
          <label htmlFor={field('sourceDate')}>{t(`${I}.sourceDate`)}</label>
          <input id={field('sourceDate')} name="source_date" type="date" />
          <details>
            <summary>{t(`${I}.translations`)}</summary>
            {LANGUAGES.filter((l) => l !== language).map((l) => (
              <div key={l} className="register-form">
                <label htmlFor={field(`translation-${l}`)}>
                  {t(`${I}.translation`, { language: t(`languages.${l}`) })}
                </label>
                <textarea
                  id={field(`translation-${l}`)}
                  name={`translation_${l}`}
                  maxLength={MAX_FIELD_LENGTH}
                  lang={l}
                />
              </div>
            ))}
          </details>
          <button type="submit">{t('register.submit')}</button>
          <OutcomeLine outcome={outcome} />
        </form>
      )}
    </div>
  );
}
