import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';

/** A municipality's way into the guide: its own initiatives there (the municipality facet). */
export function DetailsGuide({ nis, name }: { nis: string; name: string }) {
  const { t } = useTranslation();
  const openGuide = useAppStore((s) => s.openGuide);
  return (
    <p>
      <button type="button" className="link" onClick={() => openGuide({ facets: { municipality: nis }, query: '' })}>
        {t('guide.openGuide', { name })}
      </button>
    </p>
  );
}
