import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';

/** What Tab can reach inside a dialog, in order (hidden and disabled controls left out). */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0 && !element.closest('[inert]'),
  );
}

/**
 * Tab and Shift+Tab cycle inside the dialog (the dialogs pattern's focus trap): from its last
 * control back to its first, so focus never falls out to <body> where Escape would no longer reach
 * the dialog's key handler.
 */
function trapTab(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const stops = tabStops(dialog);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) {
    event.preventDefault();
    dialog.focus();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A dialog's focus: it takes focus when it opens, keeps Tab inside it, and gives focus back to the
 * control that opened it when it closes. Escape closes it while focus is inside it (a key handler on
 * the dialog, not on the document, so that with the details and a panel both open only the one in
 * use closes).
 */
export function useDialogFocus(ref: RefObject<HTMLElement | null>, key: unknown, onClose: () => void) {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (key == null) return;
    // Focus already inside (StrictMode's second run, or the details of another municipality):
    // the control that opened the dialog is still the one remembered.
    const active = document.activeElement;
    if (active instanceof HTMLElement && !ref.current?.contains(active)) opener.current = active;
    ref.current?.focus({ preventScroll: true });
    return () => {
      // Only when focus would otherwise fall to <body>: a click elsewhere has put it where it belongs.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (opener.current?.isConnected && lost) opener.current.focus({ preventScroll: true });
    };
  }, [ref, key]);
  return (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      // A dialog inside this one has trapped it already.
      if (!event.defaultPrevented) trapTab(event, ref.current);
      return;
    }
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
}
