import { statementDate } from '../../domain/coverage.ts';
import { parseDate, parsePartialDate } from '../../domain/dates.ts';
import { isDatedBefore2025 } from '../../domain/land.ts';
import type { Cell, Initiative, Language, LocalizedText, Origin } from '../../domain/types.ts';
import { isOneOf, MOBILE_TEAM_SUPPORT, REVIEW_STATES, THEMES } from '../../domain/vocabulary.ts';
import type { Field } from './columns.ts';
import { type ImportContext, type PlaceHints, resolveZone } from './context.ts';
import { type RowProblems, resolveList } from './rows.ts';
import { parseBoolean, parseHttpUrl, parseLevel, parseStatus, parseTheme, splitList } from './values.ts';

type Get = (field: Field) => string;

function optionalDate(get: Get, field: Field, problems: RowProblems, partial = false): string | undefined {
  const value = get(field);
  if (!value) return undefined;
  const date = partial ? parsePartialDate(value) : parseDate(value);
  if (!date) problems.warn(field, value, partial ? 'invalid_partial_date' : 'invalid_date');
  return date;
}

function optionalUrl(get: Get, field: Field, problems: RowProblems): string | undefined {
  const value = get(field);
  if (!value) return undefined;
  const url = parseHttpUrl(value);
  if (!url) problems.warn(field, value, 'invalid_url');
  return url;
}

/** A postcode, police zone or province on the row settles a name two municipalities share. */
const hints = (get: Get): PlaceHints => ({
  postcode: get('postcode'),
  zone: get('police_zone'),
  province: get('province'),
});

/** The row's dataset: the file's, unless its demo column marks it as an example. */
const originOf = (get: Get, origin: Origin): Origin => (parseBoolean(get('demo')) ? 'examples' : origin);

/** source_url and source_date, shared by cells and initiatives. */
function provenance(get: Get, problems: RowProblems): { sourceUrl?: string; sourceDate?: string } {
  const sourceUrl = optionalUrl(get, 'source_url', problems);
  const sourceDate = optionalDate(get, 'source_date', problems, true);
  return { ...(sourceUrl ? { sourceUrl } : {}), ...(sourceDate ? { sourceDate } : {}) };
}

function required(get: Get, field: Field, problems: RowProblems): string {
  const value = get(field);
  if (!value) problems.error(field, '', 'required');
  return value;
}

export function toCell(get: Get, context: ImportContext, problems: RowProblems, origin: Origin): Cell | undefined {
  const id = required(get, 'cell_id', problems);
  const name = required(get, 'name', problems);
  const level = parseLevel(get('level'));
  if (get('level') && !level) problems.error('level', get('level'), 'invalid_level');
  else if (!level) required(get, 'level', problems);
  const status = parseStatus(get('status'));
  if (get('status') && !status) problems.error('status', get('status'), 'invalid_status');
  else if (!status) required(get, 'status', problems);

  // The statement's date decides whether a former municipality of 2025 is named as its own land.
  const dated = statementDate({
    status: status ?? 'unknown',
    establishedOn: parsePartialDate(get('established_on')),
    sourceDate: parsePartialDate(get('source_date')),
  } as Cell);
  const { municipalities, unplaced, parts } = resolveList(
    context,
    'municipalities',
    get('municipalities'),
    problems,
    hints(get),
    dated !== undefined && isDatedBefore2025(dated),
  );
  let zone: string | undefined;
  const zoneReference = get('police_zone');
  if (zoneReference) {
    const found = resolveZone(context, zoneReference);
    if (found) {
      zone = found.id;
      if (level === 'zonal')
        for (const nis of found.municipalities) if (!municipalities.includes(nis)) municipalities.push(nis);
    } else {
      problems.warn('police_zone', zoneReference, 'unknown_zone');
      if (municipalities.length === 0) unplaced.push(zoneReference);
    }
  }
  if (!get('municipalities') && !zoneReference) {
    problems.error('municipalities', '', level === 'zonal' ? 'required_place' : 'required');
  }
  if (level === 'municipal' && municipalities.length > 1) {
    problems.warn('municipalities', get('municipalities'), 'several_municipalities');
  }
  const support = splitList(get('mobile_team_support')).map((s) => s.toLowerCase());
  const unknownSupport = support.filter((s) => !(MOBILE_TEAM_SUPPORT as readonly string[]).includes(s));
  if (unknownSupport.length > 0) {
    problems.warn('mobile_team_support', unknownSupport.join('|'), 'ignored_value', {
      list: MOBILE_TEAM_SUPPORT.join(', '),
    });
  }
  const establishedOn = optionalDate(get, 'established_on', problems, true);
  const updatedOn = optionalDate(get, 'updated_on', problems);
  const website = optionalUrl(get, 'website', problems);
  const sources = provenance(get, problems);
  if (problems.hasError || !level || !status) return undefined;
  const cell: Cell = {
    id,
    name,
    level,
    municipalities,
    status,
    origin: originOf(get, origin),
    unplaced,
    mobileTeamSupport: support.filter((s) => !unknownSupport.includes(s)),
    ...sources,
  };
  if (parts.length > 0) cell.parts = parts;
  if (zone) cell.zone = zone;
  if (establishedOn) cell.establishedOn = establishedOn;
  if (updatedOn) cell.updatedOn = updatedOn;
  if (website) cell.website = website;
  if (get('note')) cell.note = get('note');
  const noteTexts = texts(get, 'note');
  if (Object.keys(noteTexts).length > 0) cell.noteTexts = noteTexts;
  const noteLanguage = languageOf(get, 'note_language', problems);
  if (noteLanguage) cell.noteLanguage = noteLanguage;
  return cell;
}

const LANGS = ['nl', 'fr', 'de', 'en'] as const;

/** A language code (nl, fr, de, en) or nothing; anything else is warned about and left empty. */
function languageOf(get: Get, field: Field, problems: RowProblems): Language | undefined {
  const value = get(field).toLowerCase();
  if (!value) return undefined;
  if (isOneOf(LANGS, value)) return value;
  problems.warn(field, get(field), 'ignored_value', { list: LANGS.join(', ') });
  return undefined;
}

/** review_state, confirmed_on, evaluation_url and updated_on: how far the initiative is known to run. */
function review(
  get: Get,
  problems: RowProblems,
): Pick<Initiative, 'reviewState' | 'confirmedOn' | 'evaluationUrl' | 'updatedOn'> {
  const state = get('review_state').toLowerCase();
  const known = isOneOf(REVIEW_STATES, state) ? state : undefined;
  if (state && !known)
    problems.warn('review_state', get('review_state'), 'ignored_value', { list: REVIEW_STATES.join(', ') });
  const confirmedOn = optionalDate(get, 'confirmed_on', problems, true);
  const evaluationUrl = optionalUrl(get, 'evaluation_url', problems);
  const updatedOn = optionalDate(get, 'updated_on', problems);
  return {
    ...(known ? { reviewState: known } : {}),
    ...(confirmedOn ? { confirmedOn } : {}),
    ...(evaluationUrl ? { evaluationUrl } : {}),
    ...(updatedOn ? { updatedOn } : {}),
  };
}

function texts(get: Get, prefix: 'title' | 'description' | 'note'): LocalizedText {
  const result: LocalizedText = {};
  for (const lang of LANGS) {
    const value = get(`${prefix}_${lang}`);
    if (value) result[lang] = value;
  }
  return result;
}

export function toInitiative(
  get: Get,
  context: ImportContext,
  problems: RowProblems,
  origin: Origin,
): Initiative | undefined {
  const id = required(get, 'initiative_id', problems);
  const title = texts(get, 'title');
  if (Object.keys(title).length === 0) problems.error('title_nl', '', 'required_title');
  const theme = parseTheme(get('theme'));
  if (get('theme') && !theme) problems.error('theme', get('theme'), 'invalid_theme', { list: THEMES.join(', ') });
  else if (!theme) required(get, 'theme', problems);
  required(get, 'municipalities', problems);
  const yearText = get('start_year');
  const year = Number(yearText);
  const startYear = /^\d{4}$/.test(yearText) && year >= 1945 && year <= 2100 ? year : undefined;
  if (yearText && !startYear) problems.warn('start_year', yearText, 'invalid_year');
  // Started before 2025, it ran on the land its former municipality had then (land.ts).
  const { municipalities, unplaced, parts } = resolveList(
    context,
    'municipalities',
    get('municipalities'),
    problems,
    hints(get),
    startYear !== undefined && isDatedBefore2025(String(startYear)),
  );
  const url = optionalUrl(get, 'url', problems);
  const sources = provenance(get, problems);
  const descriptionLanguage = languageOf(get, 'description_language', problems);
  const reviewed = review(get, problems);
  if (problems.hasError || !theme) return undefined;
  const initiative: Initiative = {
    id,
    title,
    description: texts(get, 'description'),
    municipalities,
    theme,
    origin: originOf(get, origin),
    unplaced,
    ...sources,
    ...reviewed,
  };
  if (descriptionLanguage) initiative.descriptionLanguage = descriptionLanguage;
  for (const [key, field] of [
    ['targetGroup', 'target_group'],
    ['organisation', 'organisation'],
    ['source', 'source'],
  ] as const) {
    const value = get(field);
    if (value) initiative[key] = value;
  }
  if (parts.length > 0) initiative.parts = parts;
  if (startYear) initiative.startYear = startYear;
  if (url) initiative.url = url;
  return initiative;
}
