import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SearchHit, search } from '../domain/search.ts';
import { selectPlaces } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

/** Type-ahead over names (NL/FR/DE, former), NIS codes and postcodes: the ARIA 1.2 combobox. */
export function Search() {
  const { t } = useTranslation();
  const places = useAppStore(selectPlaces);
  const select = useAppStore((s) => s.select);
  const names = useNames();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => (places && query ? search(places.searchIndex, query) : []), [places, query]);

  const choose = (hit: SearchHit) => {
    select(hit.nis, { fly: true });
    setQuery(names.municipality(hit.nis));
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter' && open && hits[active]) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const detail = (hit: SearchHit) => {
    if (hit.kind === 'former') return t('search.former', { name: hit.matched });
    if (hit.kind === 'oldNis') return t('search.oldNis', { code: hit.matched });
    if (hit.kind === 'postcode') return t('search.postcode', { code: hit.matched });
    return t('search.nis', { code: hit.nis });
  };
  const expanded = open && query.trim().length > 0;

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        value={query}
        disabled={!places}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {expanded && hits.length === 0 && <p className="search-results search-empty">{t('search.noResults')}</p>}
      <ul
        id={`${id}-list`}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox pattern
        role="listbox"
        aria-label={t('search.label')}
        className="search-results"
        hidden={!expanded || hits.length === 0}
      >
        {expanded &&
          hits.map((hit, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: focus stays in the input, which moves through the options (aria-activedescendant) and chooses with Enter
            <li
              key={hit.nis}
              id={`${id}-opt-${i}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA 1.2 combobox pattern
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <span className="search-name">{names.municipality(hit.nis)}</span>
              <span className="search-detail">{detail(hit)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
