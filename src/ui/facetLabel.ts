import { useTranslation } from 'react-i18next';
import type { Facet } from '../domain/guide.ts';
import { originKind } from '../domain/types.ts';
import { useNames } from './names.ts';

/** A facet value as the reader reads it. */
export function useFacetLabel() {
  const { t } = useTranslation();
  const names = useNames();
  return (facet: Facet, value: string): string => {
    switch (facet) {
      case 'theme':
        return t(`theme.${value}`);
      case 'region':
      case 'province':
        return names.area(value);
      case 'zone':
        return names.zone(value);
      case 'municipality':
        return names.municipality(value);
      case 'language':
        return t(`languages.${value}`);
      case 'year':
        return value === 'none' ? t('guide.yearNone') : value;
      case 'dataset':
        return t(`guide.datasets.${originKind(value as 'public')}`);
      case 'review':
        return t(`guide.review.${value}`);
    }
  };
}
