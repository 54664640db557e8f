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
  point: '{{date}}: {{count}} von {{base}} Gemeinden',
  bases:
    'Jeder Punkt zählt auf die Gemeinden seines Datums: 589 vor 2019 (veröffentlichte Zahlen; die Karte zeichnet die von 2019), 581 ab 2019, 565 ab 2025.',
  undated: 'Aussagen ohne Datum fügen der heutigen Ansicht {{count}} hinzu; die Linie lässt sie an jedem Datum weg.',
  undatedApart_one:
    '{{count}} Aussage ohne Datum fehlt an einem vergangenen Datum: Sie zählt nur in der heutigen Ansicht, mit „Datum nicht angegeben“.',
  undatedApart_other:
    '{{count}} Aussagen ohne Datum fehlen an einem vergangenen Datum: Sie zählen nur in der heutigen Ansicht, mit „Datum nicht angegeben“.',
};
