import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reach } from '../../data/registerReach.ts';
import { useAppStore } from '../../state/store.ts';
import { useExplain } from './explain.ts';

export type Outcome = { ok: boolean; text: string } | null;

export function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'saved-note' : 'not-saved'} role={outcome.ok ? 'status' : 'alert'}>
      {outcome.text}
    </p>
  );
}

/** "Forgot your password?": the same answer whether or not the address has an account. */
export function ForgotPassword() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const explain = useExplain({ email: 'register.email' });
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await reach.forgotPassword(String(new FormData(form).get('email')).trim(), language);
      form.reset();
      setOutcome({ ok: true, text: t('reach.forgotSent') });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
  };
  return (
    <div className="forgot">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('reach.forgot')}
      </button>
      {open && (
        <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
          <p className="meta">{t('reach.forgotIntro')}</p>
          <label htmlFor={`${id}-email`}>{t('register.email')}</label>
          <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
          <button type="submit">{t('reach.forgotSend')}</button>
          <OutcomeLine outcome={outcome} />
        </form>
      )}
    </div>
  );
}

/** The page was opened with a reset link: choose a new password, then sign in. */
export function ResetPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const explain = useExplain({ password: 'reach.newPassword' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await reach.resetPassword(token, String(new FormData(form).get('password')));
      form.reset();
      setOutcome({ ok: true, text: t('reach.resetDone') });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
  };
  if (outcome?.ok) return <OutcomeLine outcome={outcome} />;
  return (
    <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
      <p>{t('reach.resetIntro')}</p>
      <label htmlFor={`${id}-password`}>{t('reach.newPassword')}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        required
      />
      <button type="submit">{t('reach.resetSubmit')}</button>
      <OutcomeLine outcome={outcome} />
    </form>
  );
}

/**
 * The page was opened with an access request's confirmation link. Confirmed by a click, not on
 * load: mail scanners open links, and a GET must not act.
 */
export function ConfirmAccess({ token }: { token: string }) {
  const { t } = useTranslation();
  const explain = useExplain();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      // The link stays in the store so that this answer stays on screen; it is used up either way.
      await reach.confirmAccess(token);
      setOutcome({ ok: true, text: t('reach.access.confirmed') });
    } catch (e) {
      setOutcome({ ok: false, text: explain(e) });
    }
    setBusy(false);
  };
  return (
    <div className="register-form">
      {!outcome?.ok && (
        <button type="button" disabled={busy} onClick={() => void confirm()}>
          {t('reach.access.confirm')}
        </button>
      )}
      <OutcomeLine outcome={outcome} />
    </div>
  );
}
