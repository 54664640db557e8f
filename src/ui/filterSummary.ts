import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

/** The filters in words, for the PNG export and the printed page: "Limburg · Any active cell". */
export function useFilterSummary(): string {
  const { t } = useTranslation();
  const names = useNames();
  const filters = useAppStore((s) => s.filters);
  const parts = [
    filters.region && names.area(filters.region),
    filters.province && names.area(filters.province),
    filters.zone && names.zone(filters.zone),
    filters.status.map((c) => t(`coverage.${c}`)).join(' + '),
    filters.theme && t(`theme.${filters.theme}`),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('export.noFilters');
}
