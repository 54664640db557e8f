import type { storageEn } from './storage-en.ts';

export const storageDe: typeof storageEn = {
  damaged: 'Ihre gespeicherten Daten konnten nicht gelesen werden',
  slow: 'Ihre gespeicherten Daten konnten noch nicht gelesen werden',
  reason: 'Grund: {{problem}} ({{detail}}).',
  damagedHelp:
    'Die Karte zeigt die mitgelieferten Inhalte. Ihre gespeicherten Daten bleiben unverändert: Laden Sie sie herunter, um eine Kopie zu behalten, oder löschen Sie sie, damit neue Importe gespeichert werden können.',
  slowHelp:
    'Die Karte zeigt die mitgelieferten Inhalte. Importe werden angezeigt, aber bei diesem Besuch nicht gespeichert.',
  download: 'Gespeicherte Daten herunterladen',
  clear: 'Gespeicherte Daten löschen',
  unavailable:
    'Der Speicher dieses Browsers ist nicht verfügbar ({{problem}}): Importe werden nur bei diesem Besuch angezeigt.',
  problem: {
    quota: 'der Speicher des Browsers ist voll',
    aborted: 'der Browser hat das Speichern abgebrochen (Speicher gelöscht oder geschlossen)',
    unavailable: 'der Speicher des Browsers ist nicht verfügbar',
    timeout: 'der Speicher des Browsers hat nicht geantwortet',
    newer: 'sie wurden von einer neueren Version des Atlas gespeichert',
    damaged: 'sie sind beschädigt oder in einem unbekannten Format',
  },
  counts: 'Ihre eigenen Zeilen: {{cells}} Zellen und {{initiatives}} Initiativen.',
  saved: 'In diesem Browser gespeichert.',
  notSaved: 'Nicht in diesem Browser gespeichert: {{problem}}. Die Zeilen werden nur bei diesem Besuch angezeigt.',
  cancelled: 'Abgebrochen: nichts wurde geändert.',
  unsavedData: 'Ihre importierten Daten sind auf der Karte, aber nicht in diesem Browser gespeichert.',
  undo: 'Letzten Import rückgängig machen ({{file}})',
  use: 'Diese Website nutzt {{used}} von {{quota}}, die in diesem Browser verfügbar sind.',
  persisted: 'Der Browser behält sie auch bei knappem Speicherplatz.',
  notPersisted: 'Der Browser kann sie bei knappem Speicherplatz löschen.',
  waiting: 'Warten, bis die Karte geladen ist, um {{file}} zu lesen…',
  question: {
    title: 'Ihre gespeicherten {{kind}} ersetzen?',
    text: '{{file}} bringt {{imported}} Zeilen; {{rejected}} seiner Zeilen wurden abgelehnt. Ersetzen würde {{removes}} Ihrer {{saved}} gespeicherten {{kind}} entfernen.',
    replace: 'Trotzdem ersetzen',
    merge: 'Stattdessen zusammenführen',
    cancel: 'Abbrechen',
  },
  error: {
    clear: 'Löschen fehlgeschlagen: {{detail}}',
    undo: 'Rückgängig machen fehlgeschlagen: {{detail}}',
    content: 'Die Inhalte konnten nicht geladen werden (offline?): {{detail}}',
    download: 'Die gespeicherten Daten konnten für den Download nicht gelesen werden: {{detail}}',
  },
  fiche: {
    unknown: 'Keine Gemeinde hat den NIS-Code „{{nis}}“.',
    back: 'Zurück zur Karte',
  },
};
