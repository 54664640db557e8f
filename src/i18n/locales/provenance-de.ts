import type { provenanceEn } from './provenance-en.ts';

export const provenanceDe: typeof provenanceEn = {
  register: 'Von der Gemeinde gemeldet, genehmigt am {{date}}',
};
