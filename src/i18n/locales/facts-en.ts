/** Texts about the facts on screen: where they come from, what "no public information" means. */
export const factsEn = {
  banner: {
    loading: 'Loading the data…',
    public:
      'Public sources: dated statements about {{named}} of {{total}} municipalities, each with its source. The other municipalities have no public information, which does not mean they have no cell.',
    examples:
      'EXAMPLES: generated data, not information about any municipality. Exports carry this label. Choose “Import data” → “Show the public facts” to leave.',
    file: 'Your imported data ({{files}}), kept in this browser since {{date}}.',
    fileUnsaved: 'Your imported data ({{files}}), not saved in this browser.',
    register: 'The published register: declarations approved by the moderators.',
    mix: 'A mix of datasets: {{list}}. Each row in the details says where it comes from.',
  },
  count: {
    loading: 'Loading the data…',
    public: 'Public sources name {{named}} of {{total}} municipalities',
    data: 'The data names {{named}} of {{total}} municipalities',
  },
  legend: {
    nodata: '“No public information”: no published statement was found. It does not mean “no cell”.',
    law: 'Since the law of 30 July 2018 every municipality must have a cell, its own or a shared one.',
  },
  statement: {
    statedOn: 'as stated on {{date}}',
    since: 'since {{date}}',
    undated: 'date not stated',
    source: 'source',
    inForce: 'In force',
    history: 'Earlier statements',
    members: 'Shared by',
    origin: {
      public: 'Public source',
      examples: 'Example (generated)',
      file: 'Imported file {{name}}',
      register: 'Register',
    },
  },
  about: {
    heading: 'What the cell data say',
    public:
      'By default the atlas shows what public sources say: dated statements by municipalities, police zones, governments, parliaments and the press, each with a link and a date. No public register of cells exists, and registration was voluntary.',
    nodata:
      '“No public information” means that no statement was found for that municipality. It is not the same as “no cell”: the law of 30 July 2018 obliges every municipality to have a cell, its own or one shared with other municipalities.',
    dated:
      'A municipality can have several statements over time. The map at a date uses the latest statement on or before it; a statement without a date of its own counts only in the current view.',
    examples: 'Generated examples are shown only on request (“Load example data”), and are always labelled.',
  },
  published: {
    heading: 'Published counts',
    intro:
      'Figures published by authorities and the press, each with its date and source. Sources disagree and count lower bounds; their figures are never added up.',
    date: 'Date',
    scope: 'Scope',
    cells: 'Cells',
    withCell: 'Municipalities with a cell',
    without: 'Without a cell',
    source: 'Source',
    link: 'source',
    undated: 'Undated figures',
    computed: 'Counted from the data on screen',
    scopes: {
      Belgium: 'Belgium',
      Flanders: 'Flanders',
      Wallonia: 'Wallonia',
      Brussels: 'Brussels',
      'German-speaking Community': 'German-speaking Community',
    },
  },
  timeline: {
    municipalities: 'municipalities with an active cell (data on screen)',
    published: 'published: municipalities with a cell (Belgium)',
  },
  examples: {
    load: 'Load example data',
    back: 'Show the public facts',
    note: 'Generated examples, to try the atlas. They are not information about any municipality.',
    label: 'EXAMPLES (generated, not real)',
  },
};
