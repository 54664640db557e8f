import type { firstUseEn } from './firstuse-en.ts';

export const firstUseNl: typeof firstUseEn = {
  cellCount_one: '{{count}} cel',
  cellCount_other: '{{count}} cellen',
  menu: 'Menu',
  latestOn: 'recentste gegevens, op {{date}}',
  file: {
    prefix: 'livcr',
    municipalities: 'gemeenten',
    zones: 'politiezones',
    map: 'kaart',
    examples: 'VOORBEELDEN',
  },
  templates: { cells: 'cellen-sjabloon', initiatives: 'initiatieven-sjabloon' },
};
