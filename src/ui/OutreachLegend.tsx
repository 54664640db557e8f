import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachCounts } from '../contract/reach.ts';
import { OUTREACH_STATES } from '../contract/vocabulary.ts';
import { OUTREACH_COLORS } from '../map/colors.ts';
import { isModerator, loadOutreachMap } from '../state/registerSlice.ts';
import { useAppStore } from '../state/store.ts';
import { useExplain } from './admin/explain.ts';
import { Swatch } from './Swatch.tsx';

/** While the map shows the outreach: its states, in the funnel's order, with today's counts. */
export function OutreachKey({ counts }: { counts: OutreachCounts }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="outreach-key">
        {OUTREACH_STATES.map((s) => (
          <li key={s} data-state={s}>
            <Swatch color={OUTREACH_COLORS[s]} />
            <span>{t(`reach.moderation.outreachState.${s}`)}</span>
            <span className="legend-count">{counts[s]}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('reach.mapMode.note')}</p>
    </>
  );
}

/**
 * The moderators' switch between the statements' map and the outreach map (src/map/outreach.ts).
 * Each time it is switched on the register is asked again, so the map follows the latest flows.
 */
export function OutreachSwitch() {
  const { t } = useTranslation();
  const explain = useExplain();
  const shown = useAppStore((s) => s.registerAvailable && isModerator(s.registerUser));
  const on = useAppStore((s) => s.outreachMap !== null);
  const setOutreachMap = useAppStore((s) => s.setOutreachMap);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  if (!shown) return null;
  const toggle = async (next: boolean) => {
    setError('');
    if (!next) return setOutreachMap(null);
    setLoading(true);
    try {
      setOutreachMap(await loadOutreachMap());
    } catch (e) {
      setError(explain(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <label className="toggle">
        <input
          type="checkbox"
          // Ticked at once while the outreach loads; unticked again if it cannot.
          checked={on || loading}
          disabled={loading}
          aria-busy={loading}
          onChange={(e) => void toggle(e.target.checked)}
        />
        {t('reach.mapMode.toggle')}
      </label>
      {loading && <p className="legend-note">{t('reach.mapMode.loading')}</p>}
      {error && (
        <p className="not-saved" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
