import type { provenanceEn } from './provenance-en.ts';

export const provenanceFr: typeof provenanceEn = {
  register: 'Déclaré par la commune, approuvé le {{date}}',
};
