import type { Municipality } from '../../src/domain/atlas.ts';
import type { MailLanguage } from './texts/index.ts';

const BRUSSELS = '04000';
const WALLONIA = '03000';
/** The nine municipalities of the German-speaking Community (as src/i18n/content.ts names them). */
const GERMAN_SPEAKING = new Set(['63001', '63012', '63013', '63023', '63040', '63048', '63061', '63067', '63087']);

/**
 * The language a municipality is written to by default: its language area. Brussels is
 * bilingual; French is chosen there because most of its administrations answer in it first, and
 * the inviter can change it for any row.
 */
export function areaLanguage(municipality: Pick<Municipality, 'nis' | 'region'> | undefined): MailLanguage {
  if (!municipality) return 'en';
  if (GERMAN_SPEAKING.has(municipality.nis)) return 'de';
  if (municipality.region === WALLONIA || municipality.region === BRUSSELS) return 'fr';
  return 'nl';
}
