import type { factsEn } from './facts-en.ts';

export const factsDe: typeof factsEn = {
  banner: {
    loading: 'Die Daten werden geladen…',
    public:
      'Öffentliche Quellen: datierte Aussagen über {{named}} von {{total}} Gemeinden, jede mit ihrer Quelle. Über die anderen Gemeinden gibt es keine öffentlichen Informationen, was nicht heißt, dass sie keine Zelle haben.',
    examples:
      'BEISPIELE: erzeugte Daten, keine Informationen über eine Gemeinde. Exporte tragen diesen Hinweis. Wählen Sie „Daten importieren“ → „Öffentliche Fakten zeigen“, um zurückzukehren.',
    file: 'Ihre importierten Daten ({{files}}), in diesem Browser gespeichert seit {{date}}.',
    fileUnsaved: 'Ihre importierten Daten ({{files}}), nicht in diesem Browser gespeichert.',
    register: 'Das veröffentlichte Register: von den Moderatoren genehmigte Erklärungen.',
    mix: 'Eine Mischung von Datensätzen: {{list}}. Jede Zeile in den Details sagt, woher sie stammt.',
  },
  count: {
    loading: 'Die Daten werden geladen…',
    public: 'Öffentliche Quellen nennen {{named}} von {{total}} Gemeinden',
    data: 'Die Daten nennen {{named}} von {{total}} Gemeinden',
  },
  legend: {
    nodata:
      '„Keine öffentlichen Informationen“: Es wurde keine veröffentlichte Aussage gefunden. Das heißt nicht „keine Zelle“.',
    law: 'Seit dem Gesetz vom 30. Juli 2018 muss jede Gemeinde eine Zelle haben, eine eigene oder eine gemeinsame.',
  },
  statement: {
    statedOn: 'laut Aussage vom {{date}}',
    since: 'seit {{date}}',
    undated: 'Datum nicht angegeben',
    source: 'Quelle',
    inForce: 'Geltend',
    history: 'Frühere Aussagen',
    members: 'Gemeinsam mit',
    origin: {
      public: 'Öffentliche Quelle',
      examples: 'Beispiel (erzeugt)',
      file: 'Importierte Datei {{name}}',
      register: 'Register',
    },
  },
  about: {
    heading: 'Was die Daten über Zellen sagen',
    public:
      'Standardmäßig zeigt der Atlas, was öffentliche Quellen sagen: datierte Aussagen von Gemeinden, Polizeizonen, Regierungen, Parlamenten und der Presse, jede mit Link und Datum. Ein öffentliches Register der Zellen gibt es nicht, und die Meldung war freiwillig.',
    nodata:
      '„Keine öffentlichen Informationen“ bedeutet, dass für diese Gemeinde keine Aussage gefunden wurde. Das ist nicht dasselbe wie „keine Zelle“: Das Gesetz vom 30. Juli 2018 verpflichtet jede Gemeinde zu einer Zelle, einer eigenen oder einer mit anderen Gemeinden geteilten.',
    dated:
      'Eine Gemeinde kann im Lauf der Zeit mehrere Aussagen haben. Die Karte zu einem Datum verwendet die letzte Aussage an oder vor diesem Datum; eine Aussage ohne eigenes Datum zählt nur in der aktuellen Ansicht.',
    examples:
      'Erzeugte Beispiele werden nur auf Wunsch gezeigt („Beispieldaten laden“) und immer als solche gekennzeichnet.',
  },
  published: {
    heading: 'Veröffentlichte Zahlen',
    intro:
      'Von Behörden und Presse veröffentlichte Zahlen, jede mit Datum und Quelle. Die Quellen weichen voneinander ab und nennen Mindestwerte; ihre Zahlen werden nie addiert.',
    date: 'Datum',
    scope: 'Gebiet',
    cells: 'Zellen',
    withCell: 'Gemeinden mit Zelle',
    without: 'Ohne Zelle',
    source: 'Quelle',
    link: 'Quelle',
    undated: 'Undatierte Zahlen',
    computed: 'Aus den angezeigten Daten gezählt',
    scopes: {
      Belgium: 'Belgien',
      Flanders: 'Flandern',
      Wallonia: 'Wallonien',
      Brussels: 'Brüssel',
      'German-speaking Community': 'Deutschsprachige Gemeinschaft',
    },
  },
  timeline: {
    municipalities: 'Gemeinden mit aktiver Zelle (angezeigte Daten)',
    published: 'veröffentlicht: Gemeinden mit Zelle (Belgien)',
  },
  examples: {
    load: 'Beispieldaten laden',
    back: 'Öffentliche Fakten zeigen',
    note: 'Erzeugte Beispiele zum Ausprobieren des Atlas. Sie sind keine Informationen über eine Gemeinde.',
    label: 'BEISPIELE (erzeugt, nicht echt)',
  },
};
