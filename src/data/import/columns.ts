import { normalizeName } from '../../domain/normalize.ts';

export type FileKind = 'cells' | 'initiatives';

const LANGS = ['nl', 'fr', 'de', 'en'] as const;

export const CELL_FIELDS = [
  'cell_id',
  'name',
  'level',
  'municipalities',
  'police_zone',
  'postcode',
  'province',
  'status',
  'established_on',
  'mobile_team_support',
  'website',
  'updated_on',
  'source_url',
  'source_date',
  'note',
  // The language `note` is written in, and its translations (public files: ours, from English).
  'note_language',
  ...LANGS.map((l) => `note_${l}` as const),
  'demo',
] as const;
export const INITIATIVE_FIELDS = [
  'initiative_id',
  ...LANGS.map((l) => `title_${l}` as const),
  ...LANGS.map((l) => `description_${l}` as const),
  'municipalities',
  'postcode',
  'province',
  'theme',
  'target_group',
  'organisation',
  'start_year',
  'url',
  'source',
  'source_url',
  'source_date',
  // Which description_* is the original; the others are translations of it.
  'description_language',
  // described | checked | evaluated, the day it was last confirmed running, and its evaluation.
  'review_state',
  'confirmed_on',
  'evaluation_url',
  // The day the row last changed; the register's rows: the day a moderator approved it.
  'updated_on',
  'demo',
] as const;

export type CellField = (typeof CELL_FIELDS)[number];
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];
export type Field = CellField | InitiativeField;

/** Header names people write in Dutch, French, German or English, normalised (see headerKey). */
const ALIASES: Record<string, Field> = {
  cel_id: 'cell_id',
  cellule_id: 'cell_id',
  id_cellule: 'cell_id',
  naam: 'name',
  nom: 'name',
  cel: 'name',
  cellule: 'name',
  niveau: 'level',
  niveau_cel: 'level',
  gemeente: 'municipalities',
  gemeenten: 'municipalities',
  gemeente_n: 'municipalities',
  commune: 'municipalities',
  communes: 'municipalities',
  commune_s: 'municipalities',
  municipality: 'municipalities',
  gemeinde: 'municipalities',
  gemeinden: 'municipalities',
  nis: 'municipalities',
  nis_codes: 'municipalities',
  politiezone: 'police_zone',
  zone: 'police_zone',
  zone_de_police: 'police_zone',
  zone_police: 'police_zone',
  polizeizone: 'police_zone',
  statut: 'status',
  stand: 'status',
  opgericht_op: 'established_on',
  datum_oprichting: 'established_on',
  date_de_creation: 'established_on',
  date_creation: 'established_on',
  creation: 'established_on',
  established: 'established_on',
  ondersteuning_mobile_team: 'mobile_team_support',
  soutien_mobile_team: 'mobile_team_support',
  site: 'website',
  site_web: 'website',
  webstek: 'website',
  webpagina: 'website',
  bijgewerkt_op: 'updated_on',
  mis_a_jour_le: 'updated_on',
  mise_a_jour: 'updated_on',
  updated: 'updated_on',
  initiatief_id: 'initiative_id',
  id_initiative: 'initiative_id',
  thema: 'theme',
  theme: 'theme',
  themes: 'theme',
  doelgroep: 'target_group',
  public_cible: 'target_group',
  zielgruppe: 'target_group',
  organisatie: 'organisation',
  organization: 'organisation',
  organisateur: 'organisation',
  startjaar: 'start_year',
  annee_de_debut: 'start_year',
  annee_debut: 'start_year',
  annee: 'start_year',
  jaar: 'start_year',
  link: 'url',
  lien: 'url',
  bron: 'source',
  quelle: 'source',
  bron_url: 'source_url',
  url_bron: 'source_url',
  source_link: 'source_url',
  lien_source: 'source_url',
  url_source: 'source_url',
  source_lien: 'source_url',
  quelle_url: 'source_url',
  datum_bron: 'source_date',
  bron_datum: 'source_date',
  date_source: 'source_date',
  source_datum: 'source_date',
  quelle_datum: 'source_date',
  datum_quelle: 'source_date',
  opmerking: 'note',
  nota: 'note',
  remarque: 'note',
  notiz: 'note',
  anmerkung: 'note',
  quote: 'note',
  postcode: 'postcode',
  code_postal: 'postcode',
  postnummer: 'postcode',
  postleitzahl: 'postcode',
  plz: 'postcode',
  provincie: 'province',
  provinz: 'province',
  identifiant_cellule: 'cell_id',
  identifiant_initiative: 'initiative_id',
  id_cel: 'cell_id',
  id_initiatief: 'initiative_id',
  // German
  zellen_id: 'cell_id',
  zelle_id: 'cell_id',
  id_zelle: 'cell_id',
  zelle: 'name',
  ebene: 'level',
  gemeinde_n: 'municipalities',
  nis_code: 'municipalities',
  gegrundet_am: 'established_on',
  grundungsdatum: 'established_on',
  eingerichtet_am: 'established_on',
  unterstutzung_mobile_team: 'mobile_team_support',
  webseite: 'website',
  internetseite: 'website',
  aktualisiert_am: 'updated_on',
  stand_vom: 'updated_on',
  initiativen_id: 'initiative_id',
  themen: 'theme',
  trager: 'organisation',
  startjahr: 'start_year',
  beginn: 'start_year',
  jahr: 'start_year',
  quellen_url: 'source_url',
  quelldatum: 'source_date',
  bemerkung: 'note',
};
for (const lang of LANGS) {
  for (const [word, field] of [
    ['titel', 'title'],
    ['titre', 'title'],
    ['beschrijving', 'description'],
    ['omschrijving', 'description'],
    ['beschreibung', 'description'],
  ] as const) {
    ALIASES[`${word}_${lang}`] = `${field}_${lang}`;
  }
}

const headerKey = (header: string) => normalizeName(header).replace(/ /g, '_');

export function fieldOf(header: string, kind: FileKind): Field | undefined {
  const key = headerKey(header);
  const fields: readonly string[] = kind === 'cells' ? CELL_FIELDS : INITIATIVE_FIELDS;
  if (fields.includes(key)) return key as Field;
  const alias = ALIASES[key];
  if (alias && fields.includes(alias)) return alias;
  // A bare "id" names the row in either kind of file.
  if (['id', 'identifiant', 'kennung'].includes(key)) return kind === 'cells' ? 'cell_id' : 'initiative_id';
  return undefined;
}

/** Which of the two files this is, from its header; undefined if it cannot tell. */
export function detectKind(headers: string[]): FileKind | undefined {
  const keys = headers.map(headerKey);
  const has = (kind: FileKind, field: Field) => headers.some((h) => fieldOf(h, kind) === field);
  if (
    keys.includes('initiative_id') ||
    has('initiatives', 'theme') ||
    keys.some((k) => /^(title|titel|titre)_/.test(k))
  ) {
    return 'initiatives';
  }
  if (has('cells', 'cell_id') || (has('cells', 'level') && has('cells', 'status'))) return 'cells';
  return undefined;
}

export const REQUIRED: Record<FileKind, readonly Field[]> = {
  cells: ['cell_id', 'name', 'level', 'status'],
  initiatives: ['initiative_id', 'municipalities', 'theme'],
};
