import type { SourceTexts } from './sources.ts';

/** The source list of "About the data", in French; English comes from attribution.json itself. */
export const sourcesFr: SourceTexts = {
  boundaries: {
    title: 'Limites communales (AdminVector)',
    vintage: '26-03-2020, fusionnées en 565 communes au 01-01-2025',
    licence: 'Données ouvertes (SPF Finances) ; empaquetées dans mathiasleroy/belgium-geographic-data (MIT)',
  },
  refnis: {
    title: 'Codes et noms INS, fusions de communes de 2019 et 2025',
    vintage: 'INS jusqu’en 2024 ; fusions du 01-01-2025',
    licence: 'Données ouvertes de Statbel',
  },
  population: { title: 'Population par commune', vintage: '01-01-2020', licence: 'Données ouvertes de Statbel' },
  postcodes: {
    title: 'Codes postaux par commune (secteurs statistiques)',
    vintage: 'vers 2018, rapportés aux codes de 2025',
    licence: 'Données ouvertes de Statbel',
  },
  'police-zones': {
    title: 'Zones de police locale et leurs communes',
    vintage: '2025 (Flandre et Bruxelles : juillet 2025 ; Wallonie : 2013 plus les fusions connues)',
    licence: 'Aucune licence indiquée (Provincies in Cijfers) ; dépôt AGPL (plateforme Open Police)',
    attribution:
      'Zones de police : Provincies in Cijfers (2025) ; plateforme Open Police (2013) et fusions ultérieures',
  },
  'natural-earth': {
    title: 'Pays voisins et mer du Nord (carte de contexte)',
    vintage: 'Natural Earth 1:10m Admin 0 pays, version 4.1.0',
    licence: 'Domaine public ; empaqueté sur npm par world-atlas (ISC)',
  },
  'public-facts': {
    title: 'Cellules CSIL-R, initiatives locales de prévention et chiffres publiés',
    vintage: 'déclarations de 2016 à 2023, rassemblées en novembre 2026',
    licence: 'Des faits avec leurs sources ; les notes et résumés sont rédigés par nous',
    attribution:
      'Déclarations publiques rassemblées par l’Atlas CSIL-R ; chaque ligne renvoie à sa source (pages des communes et de la police, gouvernements fédéral et régionaux, parlements, presse)',
  },
  'mobile-team': {
    title: 'Initiatives présentées au colloque de la Mobile Team du 15-10-2018 (Anderlecht, Dison, Alost)',
    vintage: '15-10-2018',
    licence: 'Information publique',
  },
};
