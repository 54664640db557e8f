import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ANY_ACTIVE, hasFilters } from '../domain/filters.ts';
import { COVERAGE, type Coverage, isOneOf, THEMES } from '../domain/vocabulary.ts';
import { selectOriginKinds, selectView } from '../state/derived.ts';
import { isLoading } from '../state/startup.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

interface Option {
  value: string;
  label: string;
}

function FilterSelect(props: { label: string; value: string; options: Option[]; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('filters.all')}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const ANY_ACTIVE_KEY = 'any-active';

/** The status filter's choice as one select value: a class, "any active cell", or a list from a link. */
const statusKey = (status: readonly Coverage[]) =>
  status.length === ANY_ACTIVE.length && ANY_ACTIVE.every((c) => status.includes(c))
    ? ANY_ACTIVE_KEY
    : status.join(',');

export function Filters() {
  const { t } = useTranslation();
  const places = useAppStore((s) => s.places);
  const filters = useAppStore((s) => s.filters);
  const setFilter = useAppStore((s) => s.setFilter);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const view = useAppStore(selectView);
  const onlyPublic = useAppStore((s) => {
    const kinds = selectOriginKinds(s);
    return kinds.size === 1 && kinds.has('public');
  });
  const loading = useAppStore(isLoading);
  const names = useNames();

  const options = useMemo(() => {
    const byLabel = (a: Option, b: Option) => names.compare(a.label, b.label);
    const zoneLabel = (id: string) => `${names.zone(id)} (${places?.zone.get(id)?.code ?? t('details.codeUnknown')})`;
    return {
      regions: view.options.regions.map((id) => ({ value: id, label: names.area(id) })).sort(byLabel),
      provinces: view.options.provinces.map((id) => ({ value: id, label: names.area(id) })).sort(byLabel),
      zones: view.options.zones.map((id) => ({ value: id, label: zoneLabel(id) })).sort(byLabel),
      themes: THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) })).sort(byLabel),
    };
  }, [view.options, places, names, t]);

  const status = statusKey(filters.status);
  const statusOptions = [
    { value: ANY_ACTIVE_KEY, label: t('filters.anyActive') },
    ...COVERAGE.map((c) => ({ value: c, label: t(`coverage.${c}`) })),
  ];
  if (status && !statusOptions.some((o) => o.value === status))
    statusOptions.push({ value: status, label: filters.status.map((c) => t(`coverage.${c}`)).join(' + ') });
  const setStatus = (value: string) =>
    setFilter('status', value === ANY_ACTIVE_KEY ? ANY_ACTIVE : COVERAGE.filter((c) => value.split(',').includes(c)));
  const set = (key: 'region' | 'province' | 'zone' | 'theme') => (value: string) => {
    if (key === 'theme') setFilter('theme', isOneOf(THEMES, value) ? value : '');
    else setFilter(key, value);
  };

  return (
    <section className="filters" aria-labelledby="filters-heading" id="filters">
      <h2 id="filters-heading">{t('filters.heading')}</h2>
      <FilterSelect
        label={t('filters.region')}
        value={filters.region}
        options={options.regions}
        onChange={set('region')}
      />
      <FilterSelect
        label={t('filters.province')}
        value={filters.province}
        options={options.provinces}
        onChange={set('province')}
      />
      <FilterSelect label={t('filters.zone')} value={filters.zone} options={options.zones} onChange={set('zone')} />
      <FilterSelect label={t('filters.status')} value={status} options={statusOptions} onChange={setStatus} />
      <FilterSelect label={t('filters.theme')} value={filters.theme} options={options.themes} onChange={set('theme')} />
      <div className="filters-footer">
        <p role="status" className="count" data-testid="match-count">
          {loading ? (
            t('facts.count.loading')
          ) : (
            <>
              {t('filters.count', { count: view.matched.length, total: view.total })}
              <span className="count-covered"> {t('filters.covered', { covered: view.covered })}</span>
              <span className="count-named" data-testid="named-count">
                {' '}
                {t(onlyPublic ? 'facts.count.public' : 'facts.count.data', {
                  named: view.named,
                  total: view.matched.length,
                })}
              </span>
            </>
          )}
        </p>
        <button type="button" onClick={resetFilters} disabled={!hasFilters(filters)}>
          {t('filters.reset')}
        </button>
      </div>
    </section>
  );
}
