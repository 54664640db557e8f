import type { firstUseEn } from './firstuse-en.ts';

export const firstUseDe: typeof firstUseEn = {
  cellCount_one: '{{count}} Zelle',
  cellCount_other: '{{count}} Zellen',
  menu: 'Menü',
  latestOn: 'neueste Daten, am {{date}}',
  file: {
    prefix: 'livcr',
    municipalities: 'gemeinden',
    zones: 'polizeizonen',
    map: 'karte',
    examples: 'BEISPIELE',
  },
  templates: { cells: 'vorlage-zellen', initiatives: 'vorlage-initiativen' },
};
