import type { AdminArea, FormerMunicipality, Municipality, Names, PoliceZone } from '../../src/domain/atlas.ts';
import { BRUSSELS_REGION, UNKNOWN_ZONE_PREFIX } from '../../src/domain/atlas.ts';
import { DataBuildError } from './errors.ts';
import { currentEntries, parseRefnis, type RefnisEntry, successors2019 } from './refnis.ts';
import { type CsvRow, SOURCE_FILES, type Sources } from './sources.ts';

export const EXPECTED_MUNICIPALITIES = 565;

export type MunicipalityRecord = Omit<Municipality, 'bbox'>;

export interface JoinedPlaces {
  municipalities: MunicipalityRecord[];
  zones: PoliceZone[];
  provinces: AdminArea[];
  regions: AdminArea[];
  /** 2020 NIS code (as in the boundaries) → 2025 NIS code. */
  from2020: Map<string, string>;
  oldCodes: Record<string, string>;
  /** The 30 municipalities of 2019–2024 that merged on 2025-01-01 (Lookup.parts, without bbox). */
  parts: MunicipalityRecord[];
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(pz|zp)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const zoneIdOf = (code: string, nameNl: string, nameFr: string) =>
  code || `${UNKNOWN_ZONE_PREFIX}${slug(nameNl || nameFr)}`;

function byCode(rows: CsvRow[], file: string, column = 'nis'): Map<string, CsvRow> {
  const map = new Map<string, CsvRow>();
  for (const row of rows) {
    const code = row[column] ?? '';
    if (map.has(code)) throw new DataBuildError(file, `${column} ${code} appears twice`);
    map.set(code, row);
  }
  return map;
}

/** Statbel names carry suffixes like "Kapellen (Antwerpen)"; keep them only where needed. */
function displayNames(all: Names[]): Names[] {
  const strip = (name: string) => name.replace(/\s+\([^)]*\)$/, '');
  const counts = (lang: keyof Names) => {
    const count = new Map<string, number>();
    for (const n of all) count.set(strip(n[lang]), (count.get(strip(n[lang])) ?? 0) + 1);
    return count;
  };
  const perLang = { nl: counts('nl'), fr: counts('fr'), de: counts('de') };
  return all.map((n) => {
    const pick = (lang: keyof Names) => (perLang[lang].get(strip(n[lang])) === 1 ? strip(n[lang]) : n[lang]);
    return { nl: pick('nl'), fr: pick('fr'), de: pick('de') };
  });
}

function mergerMap(sources: Sources, names: Map<string, CsvRow>, refnis: RefnisEntry[]) {
  const file = SOURCE_FILES.mergers;
  const known = new Set(refnis.filter((e) => e.level === 4).map((e) => e.code));
  const map = new Map<string, string>();
  for (const row of sources.mergers) {
    const oldNis = row.old_nis ?? '';
    const newNis = row.new_nis ?? '';
    if (!known.has(oldNis)) throw new DataBuildError(file, `old code ${oldNis} does not exist in refnis.csv`);
    if (!names.has(newNis)) {
      throw new DataBuildError(file, `new code ${newNis} is not a municipality in ${SOURCE_FILES.names}`);
    }
    map.set(oldNis, newNis);
  }
  return map;
}

function adminAreas(refnis: RefnisEntry[]) {
  const regions = currentEntries(refnis, 1).map((e) => ({ id: e.code, names: e.names }));
  const brussels = regions.find((r) => r.id === BRUSSELS_REGION);
  if (!brussels) throw new DataBuildError('refnis.csv', 'the Brussels-Capital Region (04000) is missing');
  const shortName = (name: string) => name.replace(/^(Provincie|Provinz|Province)\s+(de la |du |de |d')?/, '');
  const provinces: AdminArea[] = currentEntries(refnis, 2).map((e) => ({
    id: e.code,
    names: { nl: shortName(e.names.nl), fr: shortName(e.names.fr), de: shortName(e.names.de) },
    region: e.parent,
  }));
  // Brussels belongs to no province; the map and filters treat its region as its own province.
  provinces.push({ id: BRUSSELS_REGION, names: brussels.names, region: BRUSSELS_REGION });
  provinces.sort((a, b) => a.id.localeCompare(b.id));
  const arrondissementParent = new Map(currentEntries(refnis, 3).map((e) => [e.code, e.parent]));
  return { regions, provinces, arrondissementParent };
}

export function joinPlaces(sources: Sources, expected = EXPECTED_MUNICIPALITIES): JoinedPlaces {
  const refnis = parseRefnis(sources.refnis);
  const names = byCode(sources.names, SOURCE_FILES.names);
  if (names.size !== expected) {
    throw new DataBuildError(SOURCE_FILES.names, `expected ${expected} municipalities, found ${names.size}`);
  }
  const mergers = mergerMap(sources, names, refnis);
  const { regions, provinces, arrondissementParent } = adminAreas(refnis);
  const provinceRegion = new Map(provinces.map((p) => [p.id, p.region ?? '']));

  // Every old code resolves, through as many changes as it went through, to a 2025 code.
  const changes = new Map([...successors2019(refnis), ...mergers]);
  const resolve = (code: string): string => {
    let current = code;
    for (let hops = 0; changes.has(current) && changes.get(current) !== current && hops < 5; hops++) {
      current = changes.get(current) ?? current;
    }
    return current;
  };
  const oldCodes: Record<string, string> = {};
  for (const old of [...changes.keys()].sort()) {
    if (old !== resolve(old)) oldCodes[old] = resolve(old);
  }

  const from2020 = new Map<string, string>();
  for (const geometry of sources.boundaries.objects.layer?.type === 'GeometryCollection'
    ? sources.boundaries.objects.layer.geometries
    : []) {
    const code = String((geometry.properties as Record<string, unknown> | undefined)?.AdMuKey ?? '');
    const current = resolve(code);
    if (!names.has(current)) {
      throw new DataBuildError(SOURCE_FILES.boundaries, `municipality ${code} has no 2025 successor`);
    }
    from2020.set(code, current);
  }
  const reached = new Set(from2020.values());
  if (reached.size !== expected) {
    throw new DataBuildError(
      SOURCE_FILES.boundaries,
      `dissolving by the 2025 mergers gives ${reached.size} municipalities, not ${expected}`,
    );
  }

  const refnisByCode = new Map(refnis.filter((e) => e.level === 4).map((e) => [e.code, e]));
  const formerOf = new Map<string, FormerMunicipality[]>();
  for (const [old, current] of Object.entries(oldCodes)) {
    const entry = refnisByCode.get(old);
    if (!entry) continue;
    const list = formerOf.get(current) ?? [];
    list.push({ nis: old, names: entry.names, until: entry.end || '2024-12-31' });
    formerOf.set(current, list);
  }

  const population = new Map<string, number>();
  for (const row of sources.population) {
    const current = resolve(row.nis ?? '');
    const value = Number(row.population);
    if (!names.has(current) || !Number.isFinite(value)) {
      throw new DataBuildError(SOURCE_FILES.population, `row for ${row.nis} cannot be placed`);
    }
    population.set(current, (population.get(current) ?? 0) + value);
  }

  const postcodes = new Map<string, string[]>();
  for (const row of sources.postcodes) {
    const current = resolve(row.nis ?? '');
    if (!names.has(current)) {
      throw new DataBuildError(SOURCE_FILES.postcodes, `postcode ${row.postcode} points to unknown ${row.nis}`);
    }
    const list = postcodes.get(current) ?? [];
    if (!list.includes(row.postcode ?? '')) list.push(row.postcode ?? '');
    postcodes.set(current, list.sort());
  }

  const { zones, zoneOf } = joinZones(sources, names);

  const codes = [...names.keys()].sort();
  const display = displayNames(codes.map((c) => namesOf(names.get(c))));
  const municipalities = codes.map((nis, i): MunicipalityRecord => {
    const official = namesOf(names.get(nis));
    const shown = display[i] ?? official;
    const province = arrondissementParent.get(`${nis.slice(0, 2)}000`);
    if (!province) throw new DataBuildError(SOURCE_FILES.names, `${nis} lies in no known arrondissement`);
    const membership = sources.membership.find((m) => m.nis === nis);
    const stated = membership?.province_nis || BRUSSELS_REGION;
    if (stated !== province) {
      throw new DataBuildError(SOURCE_FILES.membership, `${nis} is in province ${stated}, REFNIS says ${province}`);
    }
    const record: MunicipalityRecord = {
      nis,
      names: shown,
      province,
      region: provinceRegion.get(province) ?? '',
      zone: zoneOf.get(nis) ?? '',
      population: population.get(nis) ?? 0,
      former: (formerOf.get(nis) ?? []).sort((a, b) => a.nis.localeCompare(b.nis)),
      postcodes: postcodes.get(nis) ?? [],
    };
    if (JSON.stringify(shown) !== JSON.stringify(official)) record.officialNames = official;
    return record;
  });

  // The merged municipalities of 2019–2024 as they were: own names, province (Zwijndrecht was in
  // Antwerp until 2024), 2020 population and postcodes; the police zone is that of 2025.
  const successor2019 = successors2019(refnis);
  const as2024 = (code: string) => successor2019.get(code) ?? code;
  const parts = [...mergers.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([nis, successor]): MunicipalityRecord => {
      const province = arrondissementParent.get(`${nis.slice(0, 2)}000`) ?? '';
      return {
        nis,
        names: refnisByCode.get(nis)?.names ?? namesOf(undefined),
        province,
        region: provinceRegion.get(province) ?? '',
        zone: zoneOf.get(successor) ?? '',
        population: Number(sources.population.find((row) => row.nis === nis)?.population ?? 0),
        former: [],
        postcodes: [
          ...new Set(sources.postcodes.filter((r) => as2024(r.nis ?? '') === nis).map((r) => r.postcode ?? '')),
        ].sort(),
        successor,
      };
    });

  return { municipalities, zones, provinces, regions, from2020, oldCodes, parts };
}

const namesOf = (row: CsvRow | undefined): Names => ({
  nl: row?.name_nl ?? '',
  fr: row?.name_fr ?? '',
  de: row?.name_de ?? '',
});

function joinZones(sources: Sources, names: Map<string, CsvRow>) {
  const file = SOURCE_FILES.membership;
  const zoneOf = new Map<string, string>();
  const zones = new Map<string, PoliceZone>();
  for (const row of sources.membership) {
    const nis = row.nis ?? '';
    if (!names.has(nis)) throw new DataBuildError(file, `municipality ${nis} is not a 2025 municipality`);
    const id = zoneIdOf(row.zone_code ?? '', row.zone_name_nl ?? '', row.zone_name_fr ?? '');
    if (zoneOf.has(nis)) {
      throw new DataBuildError(file, `municipality ${nis} is in two police zones (${zoneOf.get(nis)}, ${id})`);
    }
    zoneOf.set(nis, id);
    const nl = row.zone_name_nl || row.zone_name_fr || '';
    const fr = row.zone_name_fr || row.zone_name_nl || '';
    const zone = zones.get(id) ?? {
      id,
      code: row.zone_code || null,
      names: { nl, fr },
      region: row.region_nis ?? '',
      municipalities: [],
    };
    zone.municipalities.push(nis);
    zones.set(id, zone);
  }
  const orphan = [...names.keys()].find((nis) => !zoneOf.has(nis));
  if (orphan) throw new DataBuildError(file, `municipality ${orphan} is in no police zone`);

  const listed = sources.zones.map((row) =>
    zoneIdOf(row.zone_code ?? '', row.zone_name_nl ?? '', row.zone_name_fr ?? ''),
  );
  for (const [i, id] of listed.entries()) {
    const zone = zones.get(id);
    const count = Number(sources.zones[i]?.municipality_count);
    if (!zone || zone.municipalities.length !== count) {
      throw new DataBuildError(
        SOURCE_FILES.zones,
        `zone ${id} does not match ${file} (${zone?.municipalities.length ?? 0} municipalities, listed ${count})`,
      );
    }
  }
  if (listed.length !== zones.size) {
    throw new DataBuildError(SOURCE_FILES.zones, `lists ${listed.length} zones, ${file} has ${zones.size}`);
  }
  const sorted = [...zones.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const zone of sorted) zone.municipalities.sort();
  return { zones: sorted, zoneOf };
}
