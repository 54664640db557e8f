import type { problemsEn } from './problems-en.ts';

export const problemsDe: typeof problemsEn = {
  problem: {
    required: 'Pflichtwert ist leer',
    required_place: 'geben Sie die Gemeinden oder eine police_zone an',
    required_title: 'mindestens eines von title_nl, title_fr, title_de, title_en ist nötig',
    duplicate_id: 'dieselbe ID wie Zeile {{row}}',
    invalid_level: 'muss municipal, zonal, intermunicipal oder unknown sein',
    invalid_status: 'muss active, in_preparation, none oder unknown sein',
    invalid_theme: 'unbekanntes Thema; erwartet wird eines von {{list}}',
    several_municipalities: 'eine kommunale Zelle mit mehreren Gemeinden; ist sie interkommunal?',
    ignored_value: 'unbekannt; erwartet {{list}}',
    invalid_date: 'kein Datum (verwenden Sie JJJJ-MM-TT oder TT/MM/JJJJ); leer gelassen',
    invalid_partial_date: 'kein Datum (verwenden Sie JJJJ-MM-TT, TT/MM/JJJJ, JJJJ-MM oder JJJJ); leer gelassen',
    invalid_url: 'nur http(s)-Adressen werden übernommen; diese wird abgelehnt',
    invalid_year: 'keine Jahreszahl; leer gelassen',
    unknown_zone: 'keine Polizeizone hat diesen Code oder Namen; als nicht verortet behalten',
    unterminated_quote: 'hier öffnet ein Anführungszeichen, das nie schließt; nur diese Zeile wurde übersprungen',
    field_count:
      '{{count}} Felder, wo die Kopfzeile {{width}} hat; steht ein Wert mit dem Trennzeichen nicht in Anführungszeichen?',
    too_long: '{{length}} Zeichen; die Grenze ist {{limit}}',
    old_code: 'ehemalige Gemeinde, zugeordnet zu {{name}} ({{nis}})',
    ambiguous:
      'kann {{list}} bedeuten; verwenden Sie den NIS-Code oder fügen Sie eine Spalte Postleitzahl, police_zone oder province hinzu. Als nicht verortet behalten',
    unplaced: 'keine Gemeinde hat diesen Namen oder Code; als nicht verortet behalten',
    unplaced_suggestion:
      'keine Gemeinde hat diesen Namen oder Code; meinten Sie {{suggestion}}? Als nicht verortet behalten',
  },
  fatal: {
    empty: 'Die Datei ist leer.',
    too_large: 'Die Datei ist {{size}} MB groß; die Grenze ist {{limit}} MB. Teilen Sie sie in kleinere Dateien auf.',
    spreadsheet:
      'Dies ist eine Arbeitsmappe, kein CSV. Speichern Sie sie als „CSV (Trennzeichen-getrennt)“ und importieren Sie diese.',
    binary: 'Die Datei enthält Binärdaten, keinen Text. Wählen Sie eine CSV-Datei.',
    no_header: 'Die Datei hat keine Kopfzeile.',
    unknown_kind:
      'Unklar, welche Datei dies ist: Eine Zellendatei braucht eine Spalte cell_id, eine Initiativendatei eine Spalte initiative_id.',
    no_rows: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    missing_columns_one: 'Pflichtspalte fehlt: {{list}}.',
    missing_columns_other: 'Pflichtspalten fehlen: {{list}}.',
    not_found: 'Datei nicht gefunden.',
    failed: 'Der Import ist fehlgeschlagen: {{message}}',
  },
};
