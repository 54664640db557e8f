import type { factsEn } from './facts-en.ts';

export const factsFr: typeof factsEn = {
  banner: {
    loading: 'Chargement des données…',
    public:
      'Sources publiques : déclarations datées sur {{named}} des {{total}} communes, chacune avec sa source. Pour les autres communes, il n’y a pas d’information publique, ce qui ne veut pas dire qu’elles n’ont pas de cellule.',
    examples:
      'EXEMPLES : données générées, pas des informations sur une commune. Les exports portent cette mention. Choisissez « Importer des données » → « Afficher les faits publics » pour en sortir.',
    file: 'Vos données importées ({{files}}), conservées dans ce navigateur depuis le {{date}}.',
    fileUnsaved: 'Vos données importées ({{files}}), non conservées dans ce navigateur.',
    register: 'Le registre publié : déclarations approuvées par les modérateurs.',
    mix: 'Un mélange de jeux de données : {{list}}. Chaque ligne des détails dit d’où elle vient.',
  },
  count: {
    loading: 'Chargement des données…',
    public: 'Les sources publiques citent {{named}} des {{total}} communes',
    data: 'Les données citent {{named}} des {{total}} communes',
  },
  legend: {
    nodata:
      '« Pas d’information publique » : aucune déclaration publiée n’a été trouvée. Cela ne veut pas dire « pas de cellule ».',
    law: 'Depuis la loi du 30 juillet 2018, chaque commune doit avoir une cellule, la sienne ou une cellule partagée.',
  },
  statement: {
    statedOn: 'selon une déclaration du {{date}}',
    since: 'depuis {{date}}',
    undated: 'date non précisée',
    source: 'source',
    inForce: 'En vigueur',
    history: 'Déclarations antérieures',
    members: 'Partagée par',
    origin: {
      public: 'Source publique',
      examples: 'Exemple (généré)',
      file: 'Fichier importé {{name}}',
      register: 'Registre',
    },
  },
  about: {
    heading: 'Ce que disent les données sur les cellules',
    public:
      'Par défaut, l’atlas montre ce que disent les sources publiques : des déclarations datées de communes, zones de police, gouvernements, parlements et de la presse, chacune avec un lien et une date. Il n’existe pas de registre public des cellules, et l’enregistrement était volontaire.',
    nodata:
      '« Pas d’information publique » signifie qu’aucune déclaration n’a été trouvée pour cette commune. Ce n’est pas « pas de cellule » : la loi du 30 juillet 2018 oblige chaque commune à avoir une cellule, la sienne ou une cellule partagée avec d’autres communes.',
    dated:
      'Une commune peut avoir plusieurs déclarations au fil du temps. La carte à une date utilise la dernière déclaration à cette date ou avant ; une déclaration sans date propre ne compte que dans la vue actuelle.',
    examples:
      'Des exemples générés ne sont montrés que sur demande (« Charger des données d’exemple »), et toujours signalés comme tels.',
  },
  published: {
    heading: 'Chiffres publiés',
    intro:
      'Chiffres publiés par les autorités et la presse, chacun avec sa date et sa source. Les sources divergent et donnent des minima ; leurs chiffres ne sont jamais additionnés.',
    date: 'Date',
    scope: 'Territoire',
    cells: 'Cellules',
    withCell: 'Communes avec une cellule',
    without: 'Sans cellule',
    source: 'Source',
    link: 'source',
    undated: 'Chiffres non datés',
    computed: 'Comptés dans les données affichées',
    scopes: {
      Belgium: 'Belgique',
      Flanders: 'Flandre',
      Wallonia: 'Wallonie',
      Brussels: 'Bruxelles',
      'German-speaking Community': 'Communauté germanophone',
    },
  },
  timeline: {
    municipalities: 'communes avec une cellule active (données affichées)',
    published: 'publié : communes avec une cellule (Belgique)',
  },
  examples: {
    load: 'Charger des données d’exemple',
    back: 'Afficher les faits publics',
    note: 'Exemples générés, pour essayer l’atlas. Ce ne sont pas des informations sur une commune.',
    label: 'EXEMPLES (générés, non réels)',
  },
};
