import type { landEn } from './land-en.ts';

export const landFr: Record<keyof typeof landEn, string> = {
  formerPart: 'Ancienne commune de {{name}}',
  partial: 'Connu en partie : seulement pour d’anciennes communes, chacune dans sa propre classe sur la carte',
  knownFor: 'connu pour l’ancienne commune de {{name}}, {{date}}',
  base: '{{count}} communes de {{year}}',
  boundaries2019: 'limites de 2019 ; les fusions de 2019 ne sont pas dessinées',
  legendParts:
    'Quand une commune fusionnée n’est connue que pour certaines de ses anciennes communes, chacune est colorée sur son propre territoire ; aucune déclaration n’est étendue au reste.',
  zones2025: 'Les zones de police sont celles de 2025.',
  point: '{{date}} : {{count}} sur {{base}} communes',
  bases:
    'Chaque point compte sur les communes de sa date : 589 avant 2019 (chiffres publiés ; la carte dessine celles de 2019), 581 dès 2019, 565 dès 2025.',
  undated: 'Les déclarations sans date en ajoutent {{count}} à la vue actuelle ; la ligne les omet à chaque date.',
  undatedApart_one:
    '{{count}} déclaration sans date est omise à une date passée : elle ne compte que dans la vue actuelle, avec « date non précisée ».',
  undatedApart_other:
    '{{count}} déclarations sans date sont omises à une date passée : elles ne comptent que dans la vue actuelle, avec « date non précisée ».',
};
