import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterError, register } from '../data/registerClient.ts';
import { isModerator } from '../state/registerSlice.ts';
import { useAppStore } from '../state/store.ts';
import { ConfirmAccess, ForgotPassword, ResetPassword } from './admin/AccountForms.tsx';
import { useExplain } from './admin/explain.ts';
import { ModeratorTools } from './admin/ModeratorTools.tsx';
import { InitiativeQueue, MyInitiatives } from './InitiativeQueue.tsx';
import { ModerationQueue, MyDeclarations } from './ModerationQueue.tsx';
import { useNames } from './names.ts';
import { Panel } from './Panel.tsx';

/** Signs in; with an invitation's token, first makes the account it invites. */
function Credentials({ invitation }: { invitation: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const setRegister = useAppStore((s) => s.setRegister);
  const setInvitation = useAppStore((s) => s.setInvitation);
  const [failed, setFailed] = useState('');
  const explain = useExplain({ email: 'register.email', password: 'register.password' });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const [email, password] = [String(form.get('email')), String(form.get('password'))];
    setFailed('');
    if (invitation) {
      try {
        await register.accept(invitation, email, password);
        setInvitation(null);
      } catch (e) {
        return setFailed(explain(e));
      }
    }
    try {
      setRegister(true, await register.signIn(email, password));
    } catch (e) {
      setFailed(e instanceof RegisterError && e.status === 401 ? t('register.signInFailed') : explain(e));
    }
  };
  return (
    <form className="register-form" onSubmit={(e) => void onSubmit(e)}>
      {invitation && <p>{t('register.acceptIntro')}</p>}
      <label htmlFor={`${id}-email`}>{t('register.email')}</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
      <label htmlFor={`${id}-password`}>{t('register.password')}</label>
      <input
        id={`${id}-password`}
        name="password"
        type="password"
        autoComplete={invitation ? 'new-password' : 'current-password'}
        minLength={invitation ? 12 : undefined}
        required
      />
      <button type="submit">{t(invitation ? 'register.accept' : 'register.signIn')}</button>
      {failed && (
        <p className="not-saved" role="alert">
          {failed}
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
  const invitation = useAppStore((s) => s.invitation);
  const link = useAppStore((s) => s.registerLink);
  const names = useNames();
  const signOut = async () => {
    await register.signOut().catch(() => undefined);
    setRegister(true, null);
  };
  return (
    <Panel title={t('register.heading')} className="register">
      <p>{t('register.intro')}</p>
      {!user && link?.kind === 'reset' && <ResetPassword token={link.token} />}
      {!user && link?.kind === 'access' && <ConfirmAccess token={link.token} />}
      {/* Under a reset form: the new password signs in here. */}
      {!user && <Credentials invitation={invitation} />}
      {!user && !invitation && !link && <ForgotPassword />}
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
              <MyInitiatives />
            </>
          )}
          {isModerator(user) && <ModerationQueue />}
          {isModerator(user) && <InitiativeQueue />}
          {isModerator(user) && <ModeratorTools />}
        </>
      )}
    </Panel>
  );
}
