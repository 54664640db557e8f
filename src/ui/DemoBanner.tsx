import { useTranslation } from 'react-i18next';
import { selectHasDemoData } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';

export function DemoBanner() {
  const { t } = useTranslation();
  const isDemo = useAppStore(selectHasDemoData);
  if (!isDemo) return null;
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {t('banner.demo')}
    </p>
  );
}
