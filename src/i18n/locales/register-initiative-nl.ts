import type { registerInitiativeEn } from './register-initiative-en.ts';

export const registerInitiativeNl: typeof registerInitiativeEn = {
  declare: 'Een initiatief van deze gemeente aangeven voor de gids',
  declareIntro:
    'Een lokaal preventie-initiatief, voor de gids. Het Mobile Team controleert het voor de gids het publiceert. Geen namen van personen.',
  title: 'Titel',
  language: 'Taal van de titel en de samenvatting',
  theme: 'Thema',
  chooseTheme: 'Kies een thema',
  municipalities: 'Gemeenten waar het loopt',
  summary: 'Samenvatting (geen persoonsgegevens)',
  organisation: 'Organisatie',
  since: 'Loopt sinds (jaar)',
  sourceDate: 'Datum van de bron',
  translations: 'Vertalingen van de samenvatting (optioneel)',
  translation: 'Samenvatting in het {{language}}',
  sent: 'Verstuurd: initiatief {{id}} wacht op controle.',
  queue: 'Te controleren initiatieven',
  queueEmpty: 'Er wacht geen initiatief.',
  review: 'Controlestatus bij publicatie',
  published: 'Initiatieven gepubliceerd uit het register',
  publishedNone: 'Nog geen.',
  archive: 'Archiveren: het is afgelopen',
  yours: 'Uw initiatieven',
  none: 'Nog geen initiatief aangegeven.',
  state: {
    pending: 'Wacht op controle',
    approved: 'Goedgekeurd en in de gids',
    rejected: 'Geweigerd',
    archived: 'Gearchiveerd (afgelopen)',
  },
  stillRunning: 'Bevestigen: loopt nog',
};
