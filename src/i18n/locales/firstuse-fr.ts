import type { firstUseEn } from './firstuse-en.ts';

export const firstUseFr: typeof firstUseEn = {
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
