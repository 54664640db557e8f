import type { importModeEn } from './importMode-en.ts';

export const importModeNl: typeof importModeEn = {
  replace: 'vervangen wat van die soort op het scherm staat',
  merge: 'worden toegevoegd aan wat op het scherm staat (zelfde id: de nieuwe rij wint)',
  keeps: 'Een bestand met {{kind}} komt bovenop de {{count}} {{rows}} op het scherm, die blijven staan.',
  hides: 'Een bestand met {{kind}} verbergt de {{count}} {{rows}} op het scherm; uw rijen van de andere soort blijven.',
  hidesOwn: 'Het vervangt ook uw {{own}} bewaarde rijen van die soort.',
  stayHidden:
    'Een bestand met {{kind}} komt bij uw rijen; de {{count}} {{rows}} blijven verborgen, zoals uw vorige import koos.',
  kind: { cells: 'cellen', initiatives: 'initiatieven' },
  rows: {
    cells: {
      public: 'publieke vermeldingen',
      register: 'vermeldingen uit het register',
      examples: 'voorbeeldvermeldingen',
    },
    initiatives: {
      public: 'publieke initiatieven',
      register: 'initiatieven uit het register',
      examples: 'voorbeeldinitiatieven',
    },
  },
  counts:
    '{{asGiven}} geïmporteerd zoals gegeven, {{warned}} geïmporteerd met een waarschuwing ({{unplaced}} met een niet geplaatste plaats), {{rejected}} geweigerd; {{errors}} fouten, {{warnings}} waarschuwingen.',
};
