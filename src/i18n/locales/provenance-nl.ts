import type { provenanceEn } from './provenance-en.ts';

export const provenanceNl: typeof provenanceEn = {
  register: 'Aangegeven door de gemeente, goedgekeurd op {{date}}',
};
