import { normalizeName } from '../../domain/normalize.ts';
import {
  CELL_LEVELS,
  CELL_STATUSES,
  type CellLevel,
  type CellStatus,
  THEMES,
  type Theme,
} from '../../domain/vocabulary.ts';

/** ISO (YYYY-MM-DD) or Belgian (DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY) → ISO, if it is a real date. */
export function parseDate(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2], be[1]] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * A date as precise as the source gives it: a full date (as parseDate), a month (YYYY-MM,
 * MM/YYYY) or a year (YYYY) → YYYY-MM-DD, YYYY-MM or YYYY.
 */
export function parsePartialDate(value: string): string | undefined {
  const text = value.trim();
  const year = /^(\d{4})$/.exec(text);
  if (year) return valid(Number(year[1]), 1) ? text : undefined;
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(text);
  const beMonth = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m] = isoMonth ? [isoMonth[1], isoMonth[2]] : beMonth ? [beMonth[2], beMonth[1]] : [];
  if (y && m) return valid(Number(y), Number(m)) ? `${y}-${m.padStart(2, '0')}` : undefined;
  return parseDate(text);
}

const valid = (year: number, month: number) => year >= 1900 && year <= 2100 && month >= 1 && month <= 12;

/** Only http: and https: URLs become links; anything else (javascript:, data:, ...) is refused. */
export function parseHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const parseBoolean = (value: string) =>
  ['true', '1', 'yes', 'ja', 'oui', 'waar', 'vrai', 'x'].includes(normalizeName(value));

const key = (value: string) => normalizeName(value).replace(/ /g, '_');

const LEVEL_WORDS: Record<string, CellLevel> = {
  gemeentelijk: 'municipal',
  communal: 'municipal',
  communale: 'municipal',
  gemeinde: 'municipal',
  zonaal: 'zonal',
  zonale: 'zonal',
  zone: 'zonal',
  politiezone: 'zonal',
  intergemeentelijk: 'intermunicipal',
  intercommunal: 'intermunicipal',
  intercommunale: 'intermunicipal',
  interkommunal: 'intermunicipal',
  onbekend: 'unknown',
  inconnu: 'unknown',
  unbekannt: 'unknown',
};
const STATUS_WORDS: Record<string, CellStatus> = {
  actief: 'active',
  actif: 'active',
  active: 'active',
  aktiv: 'active',
  in_voorbereiding: 'in_preparation',
  en_preparation: 'in_preparation',
  en_cours: 'in_preparation',
  preparation: 'in_preparation',
  in_vorbereitung: 'in_preparation',
  geen: 'none',
  aucune: 'none',
  aucun: 'none',
  keine: 'none',
  no_cell: 'none',
  geen_cel: 'none',
  declared_none: 'none',
  onbekend: 'unknown',
  onduidelijk: 'unknown',
  inconnu: 'unknown',
  incertain: 'unknown',
  unbekannt: 'unknown',
  unklar: 'unknown',
};
/** The words of data/sources/public/initiatives-public.csv and of people, for our themes. */
const THEME_WORDS: Record<string, Theme> = {
  youth: 'youth_work',
  jeunesse: 'youth_work',
  jeugdwerk: 'youth_work',
  families: 'family_support',
  family: 'family_support',
  deradicalisation_support: 'individual_support',
  deradicalization_support: 'individual_support',
  onderwijs: 'education',
  enseignement: 'education',
  netwerking: 'networking',
  reseau: 'networking',
  andere: 'other',
  autre: 'other',
};

function vocabulary<T extends string>(list: readonly T[], words: Record<string, T>) {
  return (value: string): T | undefined => {
    const k = key(value);
    return (list as readonly string[]).includes(k) ? (k as T) : words[k];
  };
}

export const parseLevel = vocabulary(CELL_LEVELS, LEVEL_WORDS);
export const parseStatus = vocabulary(CELL_STATUSES, STATUS_WORDS);
export const parseTheme = vocabulary<Theme>(THEMES, THEME_WORDS);

export const splitList = (value: string) =>
  value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
