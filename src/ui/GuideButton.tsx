import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';

/** The header's toggle of the guide of initiatives (its state is in the URL: state/guide.ts). */
export function GuideButton({ onToggle }: { onToggle?: () => void }) {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.guide !== null);
  const openGuide = useAppStore((s) => s.openGuide);
  const closeGuide = useAppStore((s) => s.closeGuide);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => {
        onToggle?.();
        if (open) closeGuide();
        else openGuide();
      }}
    >
      {t('guide.button')}
    </button>
  );
}
