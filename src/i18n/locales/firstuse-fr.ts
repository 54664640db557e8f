import type { firstUseEn } from './firstuse-en.ts';

export const firstUseFr: typeof firstUseEn = {
  cellCount_one: '{{count}} cellule',
  cellCount_other: '{{count}} cellules',
  menu: 'Menu',
  latestOn: 'données les plus récentes, au {{date}}',
  file: {
    prefix: 'csilr',
    municipalities: 'communes',
    zones: 'zones-de-police',
    map: 'carte',
    examples: 'EXEMPLES',
  },
  templates: { cells: 'modele-cellules', initiatives: 'modele-initiatives' },
};
