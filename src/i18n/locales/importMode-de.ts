import type { importModeEn } from './importMode-en.ts';

export const importModeDe: typeof importModeEn = {
  replace: 'ersetzen, was von dieser Art auf dem Bildschirm ist',
  merge: 'kommen zu dem hinzu, was auf dem Bildschirm ist (gleiche ID: die neue Zeile gilt)',
  keeps: 'Eine Datei mit {{kind}} kommt zu den {{count}} {{rows}} auf dem Bildschirm hinzu, die bleiben.',
  hides:
    'Eine Datei mit {{kind}} blendet die {{count}} {{rows}} auf dem Bildschirm aus; Ihre Zeilen der anderen Art bleiben.',
  hidesOwn: 'Sie ersetzt auch Ihre {{own}} gespeicherten Zeilen dieser Art.',
  stayHidden:
    'Eine Datei mit {{kind}} kommt zu Ihren Zeilen hinzu; die {{count}} {{rows}} bleiben ausgeblendet, wie Ihr früherer Import es wählte.',
  kind: { cells: 'Zellen', initiatives: 'Initiativen' },
  rows: {
    cells: { public: 'öffentlichen Angaben', register: 'Angaben aus dem Register', examples: 'Beispielangaben' },
    initiatives: {
      public: 'öffentlichen Initiativen',
      register: 'Initiativen aus dem Register',
      examples: 'Beispielinitiativen',
    },
  },
  counts:
    '{{asGiven}} wie angegeben importiert, {{warned}} mit einer Warnung importiert ({{unplaced}} mit einem nicht zugeordneten Ort), {{rejected}} abgelehnt; {{errors}} Fehler, {{warnings}} Warnungen.',
};
