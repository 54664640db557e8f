import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';
import type { Panel } from '../state/ui.ts';
import { GuideButton } from './GuideButton.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';

/** The header's panel toggles, in order, with the key of each label. */
const PANEL_BUTTONS: readonly (readonly [Exclude<Panel, 'none'>, string])[] = [
  ['table', 'table.toggle'],
  ['stats', 'stats.button'],
  ['export', 'export.button'],
  ['import', 'import.button'],
  ['about', 'about.button'],
  ['register', 'register.button'],
];

/**
 * The header's actions: the panel toggles and the language. On a desk the toggles stand in a row;
 * on a phone, where they do not fit, they are behind a Menu button (a disclosure), and the
 * language stays beside it in view (layout.css and phone.css decide which shows).
 */
export function HeaderActions() {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  const togglePanel = useAppStore((s) => s.togglePanel);
  const registerAvailable = useAppStore((s) => s.registerAvailable);
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!open) return;
    // A tap or click outside closes the menu, as Escape does.
    const outside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <nav
      ref={ref}
      className="actions"
      aria-label={t('app.title')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        ref.current?.querySelector<HTMLElement>('.menu-toggle')?.focus();
      }}
    >
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {t('firstUse.menu')}
      </button>
      <div id={id} className={open ? 'menu-list open' : 'menu-list'}>
        <GuideButton onToggle={() => setOpen(false)} />
        {PANEL_BUTTONS.filter(([name]) => name !== 'register' || registerAvailable).map(([name, label]) => (
          <button
            key={name}
            type="button"
            data-panel={name}
            aria-pressed={panel === name}
            onClick={() => {
              // From the menu, the panel gives focus back to the Menu button on closing: the
              // button pressed is hidden with the menu by then (useDialogFocus remembers the opener).
              if (open) ref.current?.querySelector<HTMLElement>('.menu-toggle')?.focus();
              setOpen(false);
              togglePanel(name);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <LanguageSelect />
    </nav>
  );
}
