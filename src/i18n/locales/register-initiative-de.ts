import type { registerInitiativeEn } from './register-initiative-en.ts';

export const registerInitiativeDe: typeof registerInitiativeEn = {
  declare: 'Eine Initiative dieser Gemeinde für den Leitfaden melden',
  declareIntro:
    'Eine lokale Präventionsinitiative, für den Leitfaden. Das Mobile Team prüft sie, bevor der Leitfaden sie veröffentlicht. Keine Namen von Personen.',
  title: 'Titel',
  language: 'Sprache des Titels und der Zusammenfassung',
  theme: 'Thema',
  chooseTheme: 'Thema wählen',
  municipalities: 'Gemeinden, in denen sie läuft',
  summary: 'Zusammenfassung (keine personenbezogenen Daten)',
  organisation: 'Organisation',
  since: 'Läuft seit (Jahr)',
  sourceDate: 'Datum der Quelle',
  translations: 'Übersetzungen der Zusammenfassung (optional)',
  translation: 'Zusammenfassung auf {{language}}',
  sent: 'Gesendet: Initiative {{id}} wartet auf Prüfung.',
  queue: 'Zu prüfende Initiativen',
  queueEmpty: 'Keine Initiative wartet.',
  review: 'Prüfstand bei der Veröffentlichung',
  published: 'Aus dem Register veröffentlichte Initiativen',
  publishedNone: 'Noch keine.',
  archive: 'Archivieren: sie ist beendet',
  yours: 'Ihre Initiativen',
  none: 'Noch keine Initiative gemeldet.',
  state: {
    pending: 'Wartet auf Prüfung',
    approved: 'Genehmigt und im Leitfaden',
    rejected: 'Abgelehnt',
    archived: 'Archiviert (beendet)',
  },
  stillRunning: 'Bestätigen: läuft noch',
};
