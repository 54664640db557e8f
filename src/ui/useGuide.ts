import { useEffect, useMemo } from 'react';
import {
  dayOnView,
  type FacetChoice,
  facetCounts,
  type GuideEntry,
  guideEntries,
  matchesFacets,
} from '../domain/guide.ts';
import { GuideSearch } from '../domain/guideSearch.ts';
import type { InitiativeTable } from '../domain/initiativeTable.ts';
import type { Places } from '../domain/places.ts';
import { initiativeInForce } from '../domain/view.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { RESOURCES } from '../i18n/resources.ts';
import { EMPTY_GUIDE } from '../state/guide.ts';
import { useAppStore } from '../state/store.ts';

/** Every initiative in force at the date, grouped (domain/guide.ts), and the search over them. */
export function guideCatalogue(initiatives: InitiativeTable, places: Places | null, asOf: string) {
  const rows: number[] = [];
  for (let i = 0; i < initiatives.length; i++) if (initiativeInForce(initiatives.startYear(i), asOf)) rows.push(i);
  const entries = guideEntries(initiatives, rows, places, dayOnView(asOf));
  const search = new GuideSearch(entries, {
    themeNames: (theme) => LANGUAGES.map((l) => RESOURCES[l].translation.theme[theme]),
    placeNames: (nis) => {
      const m = places?.municipality.get(nis);
      return m ? [m.names.nl, m.names.fr, m.names.de] : [];
    },
  });
  return { entries, search };
}

/** The entries that match a search and facets: the search's ranking, else the catalogue's order. */
export function guideResults(
  catalogue: ReturnType<typeof guideCatalogue>,
  facets: FacetChoice,
  query: string,
): GuideEntry[] {
  const ranked = catalogue.search.search(query);
  const byKey = new Map(catalogue.entries.map((e) => [e.key, e]));
  const list = ranked ? ranked.flatMap((key) => byKey.get(key) ?? []) : catalogue.entries;
  return list.filter((entry) => matchesFacets(entry, facets));
}

/** The guide on screen: its catalogue, results and facet counts; tells the map the results. */
export function useGuide() {
  const initiatives = useAppStore((s) => s.initiatives);
  const places = useAppStore((s) => s.places);
  const asOf = useAppStore((s) => s.asOf);
  const guide = useAppStore((s) => s.guide) ?? EMPTY_GUIDE;
  const setGuideMatches = useAppStore((s) => s.setGuideMatches);
  const catalogue = useMemo(() => guideCatalogue(initiatives, places, asOf), [initiatives, places, asOf]);
  const searched = useMemo(() => guideResults(catalogue, {}, guide.query), [catalogue, guide.query]);
  const results = useMemo(() => searched.filter((e) => matchesFacets(e, guide.facets)), [searched, guide.facets]);
  const counts = useMemo(() => facetCounts(searched, guide.facets), [searched, guide.facets]);
  useEffect(() => {
    setGuideMatches([...new Set(results.flatMap((e) => e.municipalities))]);
  }, [results, setGuideMatches]);
  return { guide, catalogue, results, counts };
}
