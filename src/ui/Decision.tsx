import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataClient } from '../data/client.ts';
import { RegisterError } from '../data/registerClient.ts';
import { showShippedContent } from '../state/importer.ts';
import { shippedContent } from '../state/shipped.ts';
import { useAppStore } from '../state/store.ts';
import type { Outcome } from './admin/AccountForms.tsx';
import { useExplain } from './admin/explain.ts';

/**
 * One decision in the register (approve, reject, archive, confirm), then the list again. One that
 * publishes first shows the content again with it (the register's snapshot when it serves the
 * page), so the map and the guide have it without a reload.
 */
export function useDecide(onDone: () => void) {
  const { t } = useTranslation();
  const explain = useExplain();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const decide = async (action: () => Promise<unknown>, republish: boolean) => {
    setOutcome(null);
    try {
      await action();
      if (republish)
        await showShippedContent(dataClient(), import.meta.env.BASE_URL, shippedContent(useAppStore.getState()));
    } catch (e) {
      setOutcome({
        ok: false,
        text: e instanceof RegisterError && e.status === 409 ? t('register.decided') : explain(e),
      });
    }
    onDone();
  };
  return { decide, outcome };
}

/** A refusal's reason, which the declaring municipality sees, and the button that sends it. */
export function RejectWithReason({ onReject }: { onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <>
      <label htmlFor={`${id}-reason`}>{t('register.rejectReason')}</label>
      <textarea id={`${id}-reason`} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      <button type="button" disabled={!reason.trim()} onClick={() => onReject(reason.trim())}>
        {t('register.reject')}
      </button>
    </>
  );
}

/** Under a list the register pages: how many rows of how many are shown, and the next page's button. */
export function MoreRows({
  shown,
  total,
  label,
  onMore,
}: {
  shown: number;
  total: number;
  label: string;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="more-rows">
      <p className="meta">{t('register.shown', { shown, total })}</p>
      <button type="button" onClick={onMore}>
        {label}
      </button>
    </div>
  );
}
