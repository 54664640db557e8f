import type { factsEn } from './facts-en.ts';

export const factsNl: typeof factsEn = {
  banner: {
    loading: 'De gegevens worden geladen…',
    public:
      'Publieke bronnen: gedateerde verklaringen over {{named}} van {{total}} gemeenten, elk met zijn bron. Over de andere gemeenten is geen publieke informatie, wat niet betekent dat ze geen cel hebben.',
    examples:
      'VOORBEELDEN: gegenereerde gegevens, geen informatie over een gemeente. Exports dragen dit label. Kies “Gegevens importeren” → “Publieke feiten tonen” om terug te gaan.',
    file: 'Uw geïmporteerde gegevens ({{files}}), bewaard in deze browser sinds {{date}}.',
    fileUnsaved: 'Uw geïmporteerde gegevens ({{files}}), niet bewaard in deze browser.',
    register: 'Het gepubliceerde register: aangiften goedgekeurd door de moderatoren.',
    mix: 'Een mengeling van datasets: {{list}}. Elke rij in de details zegt waar ze vandaan komt.',
  },
  count: {
    loading: 'De gegevens worden geladen…',
    public: 'Publieke bronnen noemen {{named}} van {{total}} gemeenten',
    data: 'De gegevens noemen {{named}} van {{total}} gemeenten',
  },
  legend: {
    nodata: '“Geen publieke informatie”: er werd geen gepubliceerde verklaring gevonden. Het betekent niet “geen cel”.',
    law: 'Sinds de wet van 30 juli 2018 moet elke gemeente een cel hebben, een eigen of een gedeelde.',
  },
  statement: {
    statedOn: 'zoals verklaard op {{date}}',
    since: 'sinds {{date}}',
    undated: 'datum niet vermeld',
    source: 'bron',
    inForce: 'Van kracht',
    history: 'Eerdere verklaringen',
    members: 'Gedeeld door',
    origin: {
      public: 'Publieke bron',
      examples: 'Voorbeeld (gegenereerd)',
      file: 'Geïmporteerd bestand {{name}}',
      register: 'Register',
    },
  },
  about: {
    heading: 'Wat de gegevens over cellen zeggen',
    public:
      'Standaard toont de atlas wat publieke bronnen zeggen: gedateerde verklaringen van gemeenten, politiezones, overheden, parlementen en de pers, elk met een link en een datum. Er bestaat geen publiek register van de cellen, en registratie was vrijwillig.',
    nodata:
      '“Geen publieke informatie” betekent dat voor die gemeente geen verklaring gevonden werd. Dat is niet hetzelfde als “geen cel”: de wet van 30 juli 2018 verplicht elke gemeente een cel te hebben, een eigen of een die ze deelt met andere gemeenten.',
    dated:
      'Een gemeente kan in de loop van de tijd meerdere verklaringen hebben. De kaart op een datum gebruikt de laatste verklaring op of vóór die datum; een verklaring zonder eigen datum telt alleen in de huidige weergave.',
    examples:
      'Gegenereerde voorbeelden worden alleen op verzoek getoond (“Voorbeeldgegevens laden”) en altijd als zodanig aangeduid.',
  },
  published: {
    heading: 'Gepubliceerde aantallen',
    intro:
      'Cijfers gepubliceerd door overheden en de pers, elk met zijn datum en bron. Bronnen spreken elkaar tegen en tellen ondergrenzen; hun cijfers worden nooit opgeteld.',
    date: 'Datum',
    scope: 'Gebied',
    cells: 'Cellen',
    withCell: 'Gemeenten met een cel',
    without: 'Zonder cel',
    source: 'Bron',
    link: 'bron',
    undated: 'Ongedateerde cijfers',
    computed: 'Geteld uit de gegevens op het scherm',
    scopes: {
      Belgium: 'België',
      Flanders: 'Vlaanderen',
      Wallonia: 'Wallonië',
      Brussels: 'Brussel',
      'German-speaking Community': 'Duitstalige Gemeenschap',
    },
  },
  timeline: {
    municipalities: 'gemeenten met een actieve cel (gegevens op het scherm)',
    published: 'gepubliceerd: gemeenten met een cel (België)',
  },
  examples: {
    load: 'Voorbeeldgegevens laden',
    back: 'Publieke feiten tonen',
    note: 'Gegenereerde voorbeelden, om de atlas uit te proberen. Het is geen informatie over een gemeente.',
    label: 'VOORBEELDEN (gegenereerd, niet echt)',
  },
};
