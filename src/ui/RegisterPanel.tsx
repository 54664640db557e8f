import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { register } from '../data/register.ts';
import { isModerator } from '../state/register.ts';
import { useAppStore } from '../state/store.ts';
import { ModerationQueue, MyDeclarations } from './ModerationQueue.tsx';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';

function SignIn() {
  const { t } = useTranslation();
  const id = useId();
  const setRegister = useAppStore((s) => s.setRegister);
  const [failed, setFailed] = useState(false);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setFailed(false);
    try {
      setRegister(true, await register.signIn(String(form.get('email')), String(form.get('password'))));
    } catch {
      setFailed(true);
    }
  };
  return (
    <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={`${id}-email`}>{t('register.email')}</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
      <label htmlFor={`${id}-password`}>{t('register.password')}</label>
      <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
      <button type="submit">{t('register.signIn')}</button>
      {failed && (
        <p className="not-saved" role="alert">
          {t('register.signInFailed')}
        </p>
      )}
    </form>
  );
}

/** Sign in and out; an editor's own declarations, a moderator's queue. */
export function RegisterPanel() {
  const { t } = useTranslation();
  const user = useAppStore((s) => s.registerUser);
  const setRegister = useAppStore((s) => s.setRegister);
  const names = useNames();
  const signOut = async () => {
    await register.signOut().catch(() => undefined);
    setRegister(true, null);
  };
  return (
    <Panel title={t('register.heading')} className="register">
      <p>{t('register.intro')}</p>
      {!user && <SignIn />}
      {user && (
        <>
          <p className="actions-row">
            <span>{t('register.signedIn', { email: user.email, role: t(`register.role.${user.role}`) })}</span>
            <button type="button" onClick={() => void signOut()}>
              {t('register.signOut')}
            </button>
          </p>
          {user.role === 'editor' && (
            <>
              <p className="meta">
                {t('register.yourMunicipalities', { list: user.municipalities.map(names.municipality).join(', ') })}
              </p>
              <MyDeclarations />
            </>
          )}
          {isModerator(user) && <ModerationQueue />}
        </>
      )}
    </Panel>
  );
}
