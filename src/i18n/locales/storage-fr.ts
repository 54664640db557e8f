import type { storageEn } from './storage-en.ts';

export const storageFr: typeof storageEn = {
  damaged: 'Vos données enregistrées n’ont pas pu être lues',
  slow: 'Vos données enregistrées n’ont pas encore pu être lues',
  reason: 'Raison : {{problem}} ({{detail}}).',
  damagedHelp:
    'La carte montre le contenu fourni. Vos données enregistrées restent telles quelles : téléchargez-les pour en garder une copie, ou effacez-les pour que les nouveaux imports puissent être conservés.',
  slowHelp: 'La carte montre le contenu fourni. Les imports sont affichés, mais pas conservés pendant cette visite.',
  download: 'Télécharger les données enregistrées',
  clear: 'Effacer les données enregistrées',
  unavailable:
    'Le stockage de ce navigateur n’est pas disponible ({{problem}}) : les imports ne sont affichés que pour cette visite.',
  problem: {
    quota: 'le stockage du navigateur est plein',
    aborted: 'le navigateur a interrompu l’enregistrement (stockage effacé ou fermé)',
    unavailable: 'le stockage du navigateur n’est pas disponible',
    timeout: 'le stockage du navigateur n’a pas répondu',
    newer: 'elles ont été enregistrées par une version plus récente de l’atlas',
    damaged: 'elles sont endommagées ou dans un format inconnu',
  },
  counts: 'Vos propres lignes : {{cells}} cellules et {{initiatives}} initiatives.',
  saved: 'Conservé dans ce navigateur.',
  notSaved: 'Non conservé dans ce navigateur : {{problem}}. Les lignes ne sont affichées que pour cette visite.',
  cancelled: 'Annulé : rien n’a changé.',
  unsavedData: 'Vos données importées sont sur la carte, mais ne sont pas conservées dans ce navigateur.',
  undo: 'Annuler le dernier import ({{file}})',
  use: 'Ce site utilise {{used}} sur {{quota}} disponibles dans ce navigateur.',
  persisted: 'Le navigateur les garde même quand l’espace manque.',
  notPersisted: 'Le navigateur peut les effacer quand l’espace manque.',
  waiting: 'En attente du chargement de la carte pour lire {{file}}…',
  question: {
    title: 'Remplacer vos {{kind}} enregistrées ?',
    text: '{{file}} apporte {{imported}} lignes ; {{rejected}} de ses lignes ont été rejetées. Remplacer supprimerait {{removes}} de vos {{saved}} {{kind}} enregistrées.',
    replace: 'Remplacer quand même',
    merge: 'Fusionner plutôt',
    cancel: 'Annuler',
  },
  error: {
    clear: 'L’effacement a échoué : {{detail}}',
    undo: 'L’annulation a échoué : {{detail}}',
    content: 'Le contenu n’a pas pu être chargé (hors ligne ?) : {{detail}}',
    download: 'Les données enregistrées n’ont pas pu être lues pour le téléchargement : {{detail}}',
  },
  fiche: {
    unknown: 'Aucune commune n’a le code INS « {{nis}} ».',
    back: 'Retour à la carte',
  },
};
