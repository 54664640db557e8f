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
};
