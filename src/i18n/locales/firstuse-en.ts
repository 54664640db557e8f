/** A new user's first screen and exports: the header's menu, dated exports, file names, templates. */
export const firstUseEn = {
  /** A number of cells in running text (German nouns keep their capital). */
  cellCount_one: '{{count}} cell',
  cellCount_other: '{{count}} cells',
  menu: 'Menu',
  /** Exports of the current view: "latest data" gets the day it was made. */
  latestOn: 'latest data, on {{date}}',
  /** File names in the interface language: prefix, kinds, and the examples' mark. */
  file: {
    prefix: 'livcr',
    municipalities: 'municipalities',
    zones: 'police-zones',
    map: 'map',
    examples: 'EXAMPLES',
  },
  templates: { cells: 'cells-template', initiatives: 'initiatives-template' },
};
