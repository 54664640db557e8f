import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';

/**
 * A dialog's focus: it takes focus when it opens, and gives it back to the control that opened it
 * when it closes. Escape closes it while focus is inside it (a key handler on the dialog, not on the
 * document, so that with the details and a panel both open only the one in use closes).
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
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
}
