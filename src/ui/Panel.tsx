import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';
import { useDialogFocus } from './useDialogFocus.ts';

/** A side panel (a bottom sheet on a phone): a non-modal dialog named by its title, with Close. */
export function Panel({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const setPanel = useAppStore((s) => s.setPanel);
  const ref = useRef<HTMLElement>(null);
  const onKeyDown = useDialogFocus(ref, className, () => setPanel('none'));
  return (
    <section
      ref={ref}
      className={`about ${className}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
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
