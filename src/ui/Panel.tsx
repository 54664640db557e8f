import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';

/** A side panel (a bottom sheet on a phone): a non-modal dialog named by its title, with Close. */
export function Panel({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const setPanel = useAppStore((s) => s.setPanel);
  return (
    <section className={`about ${className}`} role="dialog" aria-modal="false" aria-labelledby={`${id}-title`}>
      <header className="details-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="close" onClick={() => setPanel('none')}>
          {t('about.close')}
        </button>
      </header>
      {children}
    </section>
  );
}
