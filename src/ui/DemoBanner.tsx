import { useTranslation } from 'react-i18next';
import { selectHasDemoData } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';

/** Says plainly what the map shows: demonstration data, or the user's data kept in this browser. */
export function DemoBanner() {
  const { t, i18n } = useTranslation();
  const isDemo = useAppStore(selectHasDemoData);
  const savedAt = useAppStore((s) => s.savedAt);
  if (isDemo) {
    return (
      <p className="demo-banner" role="note" data-testid="demo-banner">
        {t('banner.demo')}
      </p>
    );
  }
  if (!savedAt) return null;
  return (
    <p className="demo-banner saved-banner" role="note">
      {t('banner.saved', { date: new Date(savedAt).toLocaleString(i18n.language) })}
    </p>
  );
}
