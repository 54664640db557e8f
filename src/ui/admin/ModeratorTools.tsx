import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store.ts';
import { AccessQueue } from './AccessQueue.tsx';
import { BulkInvite } from './BulkInvite.tsx';
import { InvitationList } from './InvitationList.tsx';
import { OutreachView } from './OutreachView.tsx';
import { AuditList, UserList } from './UserList.tsx';

const MODERATOR_TABS = ['invite', 'invitations', 'requests', 'outreach'] as const;
const ADMIN_TABS = ['users', 'audit'] as const;
type Tab = (typeof MODERATOR_TABS)[number] | (typeof ADMIN_TABS)[number];

/** What moderators (and admins) run beside the declarations queue: invitations, requests, outreach; admins also users and audit. */
export function ModeratorTools() {
  const { t } = useTranslation();
  const admin = useAppStore((s) => s.registerUser?.role === 'admin');
  const [tab, setTab] = useState<Tab>('invite');
  const tabs: Tab[] = [...MODERATOR_TABS, ...(admin ? ADMIN_TABS : [])];
  return (
    <section aria-label={t('reach.moderation.heading')} className="moderator-tools">
      <h3>{t('reach.moderation.heading')}</h3>
      <p className="tabs-row">
        {tabs.map((name) => (
          <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)}>
            {t(`reach.moderation.tabs.${name}`)}
          </button>
        ))}
      </p>
      {tab === 'invite' && <BulkInvite />}
      {tab === 'invitations' && <InvitationList />}
      {tab === 'requests' && <AccessQueue />}
      {tab === 'outreach' && <OutreachView />}
      {tab === 'users' && <UserList />}
      {tab === 'audit' && <AuditList />}
    </section>
  );
}
