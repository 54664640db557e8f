import type { TFunction } from 'i18next';
import type { Language } from '../domain/types.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { stamp } from './download.ts';

/**
 * The date an export states: the chosen date, or for the latest data the day it was made, so a
 * PNG or a print read later still says when ("latest data, on 3 December 2026").
 */
export function exportDateLine(t: TFunction, asOf: string, language: Language): string {
  const date = formatPartialDate(stamp(asOf), language);
  return asOf ? t('export.asOf', { date }) : t('firstUse.latestOn', { date });
}

export type ExportKind = 'municipalities' | 'zones' | 'map';

/** An export's file name, in the interface language: `livcr-gemeenten-nl-2026-12-03.csv`. */
export function exportFileName(
  t: TFunction,
  kind: ExportKind,
  extension: string,
  view: { asOf: string; language: Language; examples: boolean },
): string {
  const examples = view.examples ? `${t('firstUse.file.examples')}-` : '';
  return `${t('firstUse.file.prefix')}-${examples}${t(`firstUse.file.${kind}`)}-${view.language}-${stamp(view.asOf)}.${extension}`;
}
