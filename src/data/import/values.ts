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
};

function vocabulary<T extends string>(list: readonly T[], words: Record<string, T>) {
  return (value: string): T | undefined => {
    const k = key(value);
    return (list as readonly string[]).includes(k) ? (k as T) : words[k];
  };
}

export const parseLevel = vocabulary(CELL_LEVELS, LEVEL_WORDS);
export const parseStatus = vocabulary(CELL_STATUSES, STATUS_WORDS);
export const parseTheme = vocabulary<Theme>(THEMES, {});

export const splitList = (value: string) =>
  value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
