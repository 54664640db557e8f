import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RegisterError } from '../../data/registerClient.ts';

/**
 * Every refusal of the register as a sentence in the reader's language: its error code when the
 * atlas knows it, a 400's field by its label, a 429 as "too many attempts". Never a raw code.
 */
export function useExplain(fieldLabels: Record<string, string> = {}) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof RegisterError)) return t('reach.error.failed');
      if (error.status === 429) return t('reach.error.rate_limited');
      const key = `reach.error.${error.code}`;
      if (i18n.exists(key)) return t(key);
      if (error.status === 400 && error.field) {
        const label = fieldLabels[error.field];
        const problem = `problem.${error.code}`;
        const field = label ? t(label) : error.field;
        return i18n.exists(problem) ? `${field}: ${t(problem)}` : t('reach.error.invalid', { field });
      }
      return t('reach.error.failed');
    },
    [t, i18n, fieldLabels],
  );
}
