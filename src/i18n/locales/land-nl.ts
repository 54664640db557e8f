import type { landEn } from './land-en.ts';

export const landNl: Record<keyof typeof landEn, string> = {
  formerPart: 'Voormalige gemeente {{name}}',
  partial: 'Gedeeltelijk bekend: alleen voor voormalige gemeenten, elk in een eigen klasse op de kaart',
  knownFor: 'bekend voor de voormalige gemeente {{name}}, {{date}}',
  base: '{{count}} gemeenten van {{year}}',
  boundaries2019: 'grenzen van 2019; de fusies van 2019 zijn niet getekend',
  legendParts:
    'Is een gefuseerde gemeente alleen voor enkele voormalige gemeenten bekend, dan krijgt elk daarvan een kleur op zijn eigen grondgebied; geen verklaring wordt over de rest uitgespreid.',
  zones2025: 'De politiezones zijn die van 2025.',
  point: '{{date}}: {{count}} van {{base}} gemeenten',
  bases:
    'Elk punt telt op de gemeenten van zijn datum: 589 vóór 2019 (gepubliceerde cijfers; de kaart tekent die van 2019), 581 vanaf 2019, 565 vanaf 2025.',
  undated:
    'Verklaringen zonder datum voegen er {{count}} toe aan de huidige weergave; de lijn laat ze op elke datum weg.',
  undatedApart_one:
    '{{count}} verklaring zonder datum blijft weg op een datum in het verleden: ze telt alleen in de huidige weergave, met „datum niet vermeld”.',
  undatedApart_other:
    '{{count}} verklaringen zonder datum blijven weg op een datum in het verleden: ze tellen alleen in de huidige weergave, met „datum niet vermeld”.',
};
