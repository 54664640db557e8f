/** The import's mode, and what it will do, said before the import (src/state/importMode.ts). */
export const importModeEn = {
  replace: 'replace what is on screen of that kind',
  merge: 'are added to what is on screen (same id: the new row wins)',
  keeps: 'A file of {{kind}} is added over the {{count}} {{rows}} on screen, which stay.',
  hides: 'A file of {{kind}} hides the {{count}} {{rows}} on screen; your rows of the other kind are kept.',
  hidesOwn: 'It also replaces your {{own}} saved rows of that kind.',
  stayHidden:
    'A {{kind}} file is added to your rows; the {{count}} {{rows}} stay hidden, as your earlier import chose.',
  kind: { cells: 'cells', initiatives: 'initiatives' },
  rows: {
    cells: { public: 'public statements', register: 'statements of the register', examples: 'example statements' },
    initiatives: {
      public: 'public initiatives',
      register: 'initiatives of the register',
      examples: 'example initiatives',
    },
  },
  counts:
    '{{asGiven}} imported as given, {{warned}} imported with a warning ({{unplaced}} with a place left unplaced), {{rejected}} rejected; {{errors}} errors, {{warnings}} warnings.',
};
