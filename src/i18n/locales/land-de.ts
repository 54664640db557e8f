import type { landEn } from './land-en.ts';

export const landDe: Record<keyof typeof landEn, string> = {
  formerPart: 'Ehemalige Gemeinde {{name}}',
  partial: 'Teilweise bekannt: nur für ehemalige Gemeinden, jede in ihrer eigenen Klasse auf der Karte',
  knownFor: 'bekannt für die ehemalige Gemeinde {{name}}, {{date}}',
  base: '{{count}} Gemeinden von {{year}}',
  boundaries2019: 'Grenzen von 2019; die Fusionen von 2019 sind nicht gezeichnet',
  legendParts:
    'Ist eine fusionierte Gemeinde nur für einige ihrer ehemaligen Gemeinden bekannt, wird jede davon auf ihrem eigenen Gebiet gefärbt; keine Aussage wird auf den Rest ausgedehnt.',
  zones2025: 'Die Polizeizonen sind die von 2025.',
};
