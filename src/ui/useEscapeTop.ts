import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';

/**
 * Escape closes the dialog on top even when focus is in none of them (after a click on the map,
 * focus sits on <body> or the map): the dialogs' own key handlers do it when focus is inside.
 */
export function useEscapeTop(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      // Inside a dialog, its own handler decides; a field (the search) keeps its own Escape.
      if (target?.closest('[role="dialog"], .table-panel, input, select, textarea')) return;
      const { panel, selected, front, setPanel, select } = useAppStore.getState();
      if (panel !== 'none' && (front === 'panel' || !selected)) setPanel('none');
      else if (selected) select(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
