import type { storageEn } from './storage-en.ts';

export const storageNl: typeof storageEn = {
  damaged: 'Uw bewaarde gegevens konden niet gelezen worden',
  slow: 'Uw bewaarde gegevens konden nog niet gelezen worden',
  reason: 'Reden: {{problem}} ({{detail}}).',
  damagedHelp:
    'De kaart toont de meegeleverde inhoud. Uw bewaarde gegevens blijven zoals ze waren: download ze om een kopie te houden, of wis ze zodat nieuwe imports bewaard kunnen worden.',
  slowHelp: 'De kaart toont de meegeleverde inhoud. Imports worden getoond, maar tijdens dit bezoek niet bewaard.',
  download: 'Bewaarde gegevens downloaden',
  clear: 'Bewaarde gegevens wissen',
  unavailable:
    'De opslag van deze browser is niet beschikbaar ({{problem}}): imports worden alleen tijdens dit bezoek getoond.',
  problem: {
    quota: 'de opslag van de browser is vol',
    aborted: 'de browser heeft het bewaren afgebroken (opslag gewist of gesloten)',
    unavailable: 'de opslag van de browser is niet beschikbaar',
    timeout: 'de opslag van de browser antwoordde niet',
    newer: 'ze werden bewaard door een nieuwere versie van de atlas',
    damaged: 'ze zijn beschadigd of in een onbekend formaat',
  },
  counts: 'Uw eigen rijen: {{cells}} cellen en {{initiatives}} initiatieven.',
  saved: 'Bewaard in deze browser.',
  notSaved: 'Niet bewaard in deze browser: {{problem}}. De rijen worden alleen tijdens dit bezoek getoond.',
  cancelled: 'Geannuleerd: er is niets veranderd.',
  unsavedData: 'Uw geïmporteerde gegevens staan op de kaart, maar zijn niet bewaard in deze browser.',
  undo: 'Laatste import ongedaan maken ({{file}})',
  use: 'Deze site gebruikt {{used}} van {{quota}} beschikbaar in deze browser.',
  persisted: 'De browser houdt ze bij, ook als de ruimte krap wordt.',
  notPersisted: 'De browser kan ze wissen als de ruimte krap wordt.',
  waiting: 'Wachten tot de kaart geladen is om {{file}} te lezen…',
  question: {
    title: 'Uw bewaarde {{kind}} vervangen?',
    text: '{{file}} brengt {{imported}} rijen; {{rejected}} van zijn rijen werden geweigerd. Vervangen zou {{removes}} van uw {{saved}} bewaarde {{kind}} verwijderen.',
    replace: 'Toch vervangen',
    merge: 'Samenvoegen',
    cancel: 'Annuleren',
  },
  error: {
    clear: 'Wissen mislukt: {{detail}}',
    undo: 'Ongedaan maken mislukt: {{detail}}',
    content: 'De inhoud kon niet geladen worden (offline?): {{detail}}',
    download: 'De bewaarde gegevens konden niet gelezen worden om te downloaden: {{detail}}',
  },
  fiche: {
    unknown: 'Geen gemeente heeft de NIS-code “{{nis}}”.',
    back: 'Terug naar de kaart',
  },
};
