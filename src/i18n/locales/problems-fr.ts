import type { problemsEn } from './problems-en.ts';

export const problemsFr: typeof problemsEn = {
  problem: {
    required: 'valeur obligatoire vide',
    required_place: 'indiquez les communes ou une police_zone',
    required_title: 'au moins un de title_nl, title_fr, title_de, title_en est nécessaire',
    duplicate_id: 'le même identifiant que la ligne {{row}}',
    invalid_level: 'doit être municipal, zonal, intermunicipal ou unknown',
    invalid_status: 'doit être active, in_preparation, none ou unknown',
    invalid_theme: 'thème inconnu ; attendu l’un de {{list}}',
    several_municipalities: 'une cellule communale avec plusieurs communes ; est-elle intercommunale ?',
    ignored_value: 'inconnu ; attendu {{list}}',
    invalid_date: 'pas une date (utilisez AAAA-MM-JJ ou JJ/MM/AAAA) ; laissé vide',
    invalid_partial_date: 'pas une date (utilisez AAAA-MM-JJ, JJ/MM/AAAA, AAAA-MM ou AAAA) ; laissé vide',
    invalid_url: 'seules les adresses http(s) sont conservées ; celle-ci est refusée',
    invalid_year: 'pas une année ; laissé vide',
    unknown_zone: 'aucune zone de police n’a ce code ou ce nom ; conservé comme non placé',
    unterminated_quote: 'un guillemet s’ouvre ici et ne se ferme jamais ; seule cette ligne a été ignorée',
    field_count:
      '{{count}} champs alors que l’en-tête en a {{width}} ; une valeur contenant le séparateur n’est-elle pas entre guillemets ?',
    too_long: '{{length}} caractères ; la limite est de {{limit}}',
    old_code: 'ancienne commune, rattachée à {{name}} ({{nis}})',
    ambiguous:
      'peut désigner {{list}} ; utilisez le code INS, ou ajoutez une colonne code postal, police_zone ou province. Conservé comme non placé',
    unplaced: 'aucune commune n’a ce nom ou ce code ; conservé comme non placé',
    unplaced_suggestion:
      'aucune commune n’a ce nom ou ce code ; vouliez-vous dire {{suggestion}} ? Conservé comme non placé',
  },
  fatal: {
    empty: 'Le fichier est vide.',
    too_large: 'Le fichier fait {{size}} Mo ; la limite est de {{limit}} Mo. Divisez-le en fichiers plus petits.',
    spreadsheet:
      'Ceci est un classeur, pas un CSV. Enregistrez-le en « CSV (séparateur : point-virgule) » et importez celui-ci.',
    binary: 'Le fichier contient des données binaires, pas du texte. Choisissez un fichier CSV.',
    no_header: 'Le fichier n’a pas de ligne d’en-tête.',
    unknown_kind:
      'Impossible de savoir de quel fichier il s’agit : un fichier de cellules a besoin d’une colonne cell_id, un fichier d’initiatives d’une colonne initiative_id.',
    no_rows: 'Le fichier a un en-tête mais aucune ligne de données.',
    missing_columns_one: 'Colonne obligatoire manquante : {{list}}.',
    missing_columns_other: 'Colonnes obligatoires manquantes : {{list}}.',
    not_found: 'Fichier introuvable.',
    failed: 'L’import a échoué : {{message}}',
  },
};
