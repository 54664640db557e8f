import type { problemsEn } from './problems-en.ts';

export const problemsNl: typeof problemsEn = {
  problem: {
    required: 'verplichte waarde is leeg',
    required_place: 'geef de gemeenten of een police_zone',
    required_title: 'minstens één van title_nl, title_fr, title_de, title_en is nodig',
    duplicate_id: 'dezelfde id als rij {{row}}',
    invalid_level: 'moet municipal, zonal, intermunicipal of unknown zijn',
    invalid_status: 'moet active, in_preparation, none of unknown zijn',
    invalid_theme: 'onbekend thema; verwacht een van {{list}}',
    several_municipalities: 'een gemeentelijke cel met meerdere gemeenten; is ze intergemeentelijk?',
    ignored_value: 'onbekend; verwacht {{list}}',
    invalid_date: 'geen datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ); leeg gelaten',
    invalid_partial_date: 'geen datum (gebruik JJJJ-MM-DD, DD/MM/JJJJ, JJJJ-MM of JJJJ); leeg gelaten',
    invalid_url: 'alleen http(s)-adressen worden bewaard; dit wordt geweigerd',
    invalid_year: 'geen jaartal; leeg gelaten',
    unknown_zone: 'geen politiezone heeft deze code of naam; bewaard als niet geplaatst',
    unterminated_quote: 'hier opent een aanhalingsteken dat nooit sluit; alleen deze rij werd overgeslagen',
    field_count:
      '{{count}} velden waar de kop er {{width}} heeft; staat een waarde met het scheidingsteken niet tussen aanhalingstekens?',
    too_long: '{{length}} tekens; de limiet is {{limit}}',
    old_code: 'voormalige gemeente, toegewezen aan {{name}} ({{nis}})',
    ambiguous:
      'kan {{list}} zijn; gebruik de NIS-code, of voeg een kolom postcode, police_zone of province toe. Bewaard als niet geplaatst',
    unplaced: 'geen gemeente heeft deze naam of code; bewaard als niet geplaatst',
    unplaced_suggestion: 'geen gemeente heeft deze naam of code; bedoelt u {{suggestion}}? Bewaard als niet geplaatst',
  },
  fatal: {
    empty: 'Het bestand is leeg.',
    too_large: 'Het bestand is {{size}} MB; de limiet is {{limit}} MB. Splits het in kleinere bestanden.',
    spreadsheet: 'Dit is een werkmap, geen CSV. Sla het op als “CSV (gescheiden door puntkomma)” en importeer dat.',
    binary: 'Het bestand bevat binaire gegevens, geen tekst. Kies een CSV-bestand.',
    no_header: 'Het bestand heeft geen kopregel.',
    unknown_kind:
      'Niet duidelijk welk bestand dit is: een cellenbestand heeft een kolom cell_id nodig, een initiatievenbestand een kolom initiative_id.',
    no_rows: 'Het bestand heeft een kopregel maar geen gegevensrijen.',
    missing_columns_one: 'Verplichte kolom ontbreekt: {{list}}.',
    missing_columns_other: 'Verplichte kolommen ontbreken: {{list}}.',
    not_found: 'Bestand niet gevonden.',
    failed: 'Het importeren mislukte: {{message}}',
  },
};
