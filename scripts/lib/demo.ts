import { toCsv } from '../../src/data/csvWrite.ts';
import { CELL_FIELDS, INITIATIVE_FIELDS } from '../../src/data/import/columns.ts';
import { BRUSSELS_REGION, type PoliceZone } from '../../src/domain/atlas.ts';
import { THEMES, type Theme } from '../../src/domain/vocabulary.ts';
import { THEME_TEXTS } from './demo-texts.ts';
import type { MunicipalityRecord } from './join.ts';
import { pick, randomDate, seededRandom } from './random.ts';

// The same columns the import reads (docs/data-format.md).
const CELL_COLUMNS = CELL_FIELDS;
const INITIATIVE_COLUMNS = INITIATIVE_FIELDS;

const SEED_SOURCE = 'Mobile Team FOD Binnenlandse Zaken, colloquium 15-10-2018 (guide of local initiatives)';
const DEMO_SOURCE = 'Demonstration data (generated)';

/** The three initiatives the seed text names (Anderlecht, Dison, Aalst). */
const REAL_INITIATIVES: {
  nis: string;
  theme: Theme;
  title: Partial<Record<'nl' | 'fr', string>>;
}[] = [
  {
    nis: '21001',
    theme: 'diversity_dialogue',
    title: {
      nl: 'Diversiteit op het gebied van overtuigingen en filosofieën',
      fr: 'Diversité des convictions et des philosophies',
    },
  },
  {
    nis: '63020',
    theme: 'media_literacy',
    title: {
      fr: 'Projet éducatif sur les médias',
      nl: 'Educatief project met betrekking tot de media',
    },
  },
  { nis: '41002', theme: 'social_cohesion', title: { nl: 'ABC' } },
];

const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);
type Row = Record<(typeof CELL_COLUMNS)[number], string>;

export function generateCells(zones: PoliceZone[], nameOf: (nis: string) => string, seed = 2016): string {
  const random = seededRandom(seed);
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'cell_id' | 'demo' | 'website'>) =>
    rows.push({
      ...row,
      cell_id: `demo-c${String(rows.length + 1).padStart(3, '0')}`,
      website: '',
      demo: 'true',
    });
  const support = () => (random() < 0.5 ? pick(random, ['founding', 'training', 'founding|training', 'project']) : '');
  const date = (from = '2016-05-01') => randomDate(random, from, '2025-06-30');
  for (const zone of zones) {
    const zoneName = zone.names.nl || zone.names.fr;
    if (random() < 0.3) {
      const active = random() < 0.85;
      add({
        name: `LIVC-R ${zoneName}`,
        level: 'zonal',
        municipalities: '',
        police_zone: zone.code ?? zoneName,
        status: active ? 'active' : 'in_preparation',
        established_on: active ? date() : '',
        mobile_team_support: support(),
        updated_on: date('2025-01-01'),
      });
      continue;
    }
    let rest = zone.municipalities;
    if (rest.length >= 3 && random() < 0.15) {
      const members = rest.slice(0, 2 + Math.floor(random() * 2));
      rest = rest.slice(members.length);
      add({
        name: `LIVC-R ${members.map(nameOf).join(' – ')}`,
        level: 'intermunicipal',
        municipalities: members.join('|'),
        police_zone: '',
        status: 'active',
        established_on: date(),
        mobile_team_support: support(),
        updated_on: date('2025-01-01'),
      });
    }
    for (const nis of rest) {
      const r = random();
      const status = r < 0.38 ? 'active' : r < 0.48 ? 'in_preparation' : r < 0.58 ? 'none' : '';
      if (!status) continue;
      add({
        name: `LIVC-R ${nameOf(nis)}`,
        level: 'municipal',
        municipalities: nis,
        police_zone: '',
        status,
        established_on: status === 'active' ? date() : '',
        mobile_team_support: status === 'none' ? '' : support(),
        updated_on: date('2025-01-01'),
      });
    }
  }
  return toCsv(
    CELL_COLUMNS,
    rows.map((row) => CELL_COLUMNS.map((c) => row[c])),
  );
}

function titleLanguages(municipality: MunicipalityRecord): ('nl' | 'fr' | 'de' | 'en')[] {
  if (municipality.region === BRUSSELS_REGION) return ['nl', 'fr'];
  if (GERMAN_SPEAKING.has(municipality.nis)) return ['de', 'fr'];
  return municipality.region === '02000' ? ['nl'] : ['fr'];
}

export function generateInitiatives(municipalities: MunicipalityRecord[], count = 80, seed = 2018): string {
  const random = seededRandom(seed);
  const byNis = new Map(municipalities.map((m) => [m.nis, m]));
  const rows: string[][] = [];
  const push = (fields: Partial<Record<(typeof INITIATIVE_COLUMNS)[number], string>>) =>
    rows.push(INITIATIVE_COLUMNS.map((c) => fields[c] ?? ''));
  for (const [i, real] of REAL_INITIATIVES.entries()) {
    push({
      initiative_id: `seed-${i + 1}`,
      title_nl: real.title.nl,
      title_fr: real.title.fr,
      municipalities: real.nis,
      theme: real.theme,
      start_year: '2018',
      source: SEED_SOURCE,
      demo: 'true',
      organisation: byNis.get(real.nis)?.names.nl,
    });
  }
  // Bigger municipalities are likelier to run initiatives: weight the draw by population.
  const pool = municipalities.flatMap((m) => Array(Math.max(1, Math.round(m.population / 20000))).fill(m));
  for (let n = rows.length; n < count; n++) {
    const municipality = pick(random, pool) as MunicipalityRecord;
    const theme = pick(random, THEMES);
    const texts = THEME_TEXTS[theme];
    const languages = titleLanguages(municipality);
    if (random() < 0.25) languages.push('en');
    const fields: Partial<Record<(typeof INITIATIVE_COLUMNS)[number], string>> = {
      initiative_id: `demo-i${String(n + 1).padStart(3, '0')}`,
      municipalities: municipality.nis,
      theme,
      target_group: pick(random, ['youth 12-25', 'parents', 'municipal staff', 'schools', 'residents']),
      organisation: `${languages[0] === 'nl' ? 'Preventiedienst' : languages[0] === 'de' ? 'Präventionsdienst' : 'Service de prévention'} ${municipality.names[languages[0] === 'en' ? 'nl' : (languages[0] ?? 'nl')]}`,
      start_year: String(2015 + Math.floor(random() * 10)),
      source: DEMO_SOURCE,
      demo: 'true',
    };
    for (const lang of languages) {
      fields[`title_${lang}`] = texts.title[lang];
      fields[`description_${lang}`] = texts.description[lang];
    }
    push(fields);
  }
  return toCsv(INITIATIVE_COLUMNS, rows);
}
