import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Filters as FilterValues } from '../domain/filters.ts';
import { isCovered } from '../domain/stats.ts';
import { COVERAGE, isOneOf, THEMES } from '../domain/vocabulary.ts';
import { selectCoverage, selectMatches, selectOriginKinds } from '../state/derived.ts';
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

export function Filters() {
  const { t } = useTranslation();
  const places = useAppStore((s) => s.places);
  const filters = useAppStore((s) => s.filters);
  const setFilter = useAppStore((s) => s.setFilter);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const matchCount = useAppStore((s) => selectMatches(s).size);
  const counts = useAppStore(
    useShallow((s) => {
      const coverage = selectCoverage(s);
      let covered = 0;
      let named = 0;
      for (const nis of selectMatches(s)) {
        if (isCovered(coverage.get(nis))) covered++;
        if (coverage.has(nis)) named++;
      }
      const origins = selectOriginKinds(s);
      return { covered, named, onlyPublic: origins.size === 1 && origins.has('public') };
    }),
  );
  const loading = useAppStore((s) => s.load.status === 'loading');
  const names = useNames();

  const options = useMemo(() => {
    const byLabel = (a: Option, b: Option) => names.compare(a.label, b.label);
    if (!places) return { regions: [], provinces: [], zones: [] };
    const provinces = places.lookup.provinces.filter((p) => !filters.region || p.region === filters.region);
    const zones = places.lookup.zones.filter((z) => {
      const provincesOfZone = places.zoneProvinces(z.id);
      if (filters.province) return provincesOfZone.includes(filters.province);
      return !filters.region || z.region === filters.region;
    });
    return {
      regions: places.lookup.regions.map((r) => ({ value: r.id, label: names.area(r.id) })).sort(byLabel),
      provinces: provinces.map((p) => ({ value: p.id, label: names.area(p.id) })).sort(byLabel),
      zones: zones
        .map((z) => ({
          value: z.id,
          label: `${names.zone(z.id)} (${z.code ?? t('details.codeUnknown')})`,
        }))
        .sort(byLabel),
    };
  }, [places, filters.region, filters.province, names, t]);

  const byLabel = (a: Option, b: Option) => names.compare(a.label, b.label);
  const set = (key: keyof FilterValues) => (value: string) => {
    if (key === 'status') setFilter('status', isOneOf(COVERAGE, value) ? value : '');
    else if (key === 'theme') setFilter('theme', isOneOf(THEMES, value) ? value : '');
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
      <FilterSelect
        label={t('filters.status')}
        value={filters.status}
        options={COVERAGE.map((c) => ({ value: c, label: t(`coverage.${c}`) }))}
        onChange={set('status')}
      />
      <FilterSelect
        label={t('filters.theme')}
        value={filters.theme}
        options={THEMES.map((th) => ({ value: th, label: t(`theme.${th}`) })).sort(byLabel)}
        onChange={set('theme')}
      />
      <div className="filters-footer">
        <p role="status" className="count" data-testid="match-count">
          {loading ? (
            t('facts.count.loading')
          ) : (
            <>
              {t('filters.count', { count: matchCount, total: places?.municipalities.length ?? 0 })}
              <span className="count-covered"> {t('filters.covered', { covered: counts.covered })}</span>
              <span className="count-named" data-testid="named-count">
                {' '}
                {t(counts.onlyPublic ? 'facts.count.public' : 'facts.count.data', {
                  named: counts.named,
                  total: matchCount,
                })}
              </span>
            </>
          )}
        </p>
        <button type="button" onClick={resetFilters} disabled={!Object.values(filters).some(Boolean)}>
          {t('filters.reset')}
        </button>
      </div>
    </section>
  );
}
