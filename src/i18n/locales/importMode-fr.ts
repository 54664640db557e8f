import type { importModeEn } from './importMode-en.ts';

export const importModeFr: typeof importModeEn = {
  replace: 'remplacent ce qui est à l’écran de ce type',
  merge: 's’ajoutent à ce qui est à l’écran (même id : la nouvelle ligne l’emporte)',
  keeps: 'Un fichier de {{kind}} s’ajoute aux {{count}} {{rows}} à l’écran, qui restent.',
  hides: 'Un fichier de {{kind}} masque les {{count}} {{rows}} à l’écran ; vos lignes de l’autre type sont gardées.',
  hidesOwn: 'Il remplace aussi vos {{own}} lignes enregistrées de ce type.',
  stayHidden:
    'Un fichier de {{kind}} s’ajoute à vos lignes ; les {{count}} {{rows}} restent masquées, comme votre import précédent l’a choisi.',
  kind: { cells: 'cellules', initiatives: 'initiatives' },
  rows: {
    cells: {
      public: 'déclarations publiques',
      register: 'déclarations du registre',
      examples: 'déclarations d’exemple',
    },
    initiatives: {
      public: 'initiatives publiques',
      register: 'initiatives du registre',
      examples: 'initiatives d’exemple',
    },
  },
  counts:
    '{{asGiven}} importées telles quelles, {{warned}} importées avec un avertissement ({{unplaced}} avec un lieu non placé), {{rejected}} rejetées ; {{errors}} erreurs, {{warnings}} avertissements.',
};
