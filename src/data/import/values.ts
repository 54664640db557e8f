import { normalizeName } from '../../domain/normalize.ts';
import {
  CELL_LEVELS,
  CELL_STATUSES,
  type CellLevel,
  type CellStatus,
  THEMES,
  type Theme,
} from '../../domain/vocabulary.ts';

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
