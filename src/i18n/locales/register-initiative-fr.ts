import type { registerInitiativeEn } from './register-initiative-en.ts';

export const registerInitiativeFr: typeof registerInitiativeEn = {
  declare: 'Déclarer une initiative de cette commune pour le guide',
  declareIntro:
    'Une initiative locale de prévention, pour le guide. La Mobile Team la vérifie avant que le guide la publie. Aucun nom de personne.',
  title: 'Titre',
  language: 'Langue du titre et du résumé',
  theme: 'Thème',
  chooseTheme: 'Choisir un thème',
  municipalities: 'Communes où elle a lieu',
  summary: 'Résumé (aucune donnée personnelle)',
  organisation: 'Organisation',
  since: 'En cours depuis (année)',
  sourceDate: 'Date de la source',
  translations: 'Traductions du résumé (facultatives)',
  translation: 'Résumé en {{language}}',
  sent: 'Envoyée : l’initiative {{id}} attend sa vérification.',
  queue: 'Initiatives à vérifier',
  queueEmpty: 'Aucune initiative n’attend.',
  review: 'État de vérification à la publication',
  published: 'Initiatives publiées depuis le registre',
  publishedNone: 'Aucune pour l’instant.',
  archive: 'Archiver : elle a pris fin',
  yours: 'Vos initiatives',
  none: 'Aucune initiative déclarée.',
  state: {
    pending: 'En attente de vérification',
    approved: 'Approuvée et dans le guide',
    rejected: 'Refusée',
    archived: 'Archivée (terminée)',
  },
  stillRunning: 'Confirmer : toujours en cours',
};
