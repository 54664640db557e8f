import { useCallback, useMemo } from 'react';
import { placeName, zoneName } from '../i18n/content.ts';
import { selectPlaces } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';

/**
 * Name lookups by code, and a comparison for sorting names, in the current language. The result
 * is the same object while the places and the language are, so it can be a memo dependency; one
 * Intl.Collator is much faster than localeCompare with a locale, which builds one per call.
 */
export function useNames() {
  // The date's places: before 2025 a code names a municipality of 2019–2024.
  const places = useAppStore(selectPlaces);
  const language = useAppStore((s) => s.language);
  const municipality = useCallback(
    (nis: string) => {
      const m = places?.municipality.get(nis) ?? places?.land.piece.get(nis);
      return m ? placeName(m, language) : nis;
    },
    [places, language],
  );
  const area = useCallback(
    (id: string) => {
      const a = places?.province.get(id) ?? places?.region.get(id);
      return a ? placeName(a, language) : id;
    },
    [places, language],
  );
  const zone = useCallback(
    (id: string) => {
      const z = places?.zone.get(id);
      return z ? zoneName(z, language) : id;
    },
    [places, language],
  );
  return useMemo(
    () => ({ municipality, area, zone, language, compare: new Intl.Collator(language).compare }),
    [municipality, area, zone, language],
  );
}
