import type { SourceTexts } from './sources.ts';

/** The source list of "About the data", in German; English comes from attribution.json itself. */
export const sourcesDe: SourceTexts = {
  boundaries: {
    title: 'Gemeindegrenzen (AdminVector)',
    vintage: '26.03.2020, zusammengefasst zu den 565 Gemeinden vom 01.01.2025',
    licence: 'Offene Daten (FÖD Finanzen); verpackt in mathiasleroy/belgium-geographic-data (MIT)',
  },
  refnis: {
    title: 'NIS-Kennziffern und -Namen, Gemeindefusionen von 2019 und 2025',
    vintage: 'NIS bis 2024; Fusionen vom 01.01.2025',
    licence: 'Offene Daten von Statbel',
  },
  population: { title: 'Bevölkerung je Gemeinde', vintage: '01.01.2020', licence: 'Offene Daten von Statbel' },
  postcodes: {
    title: 'Postleitzahlen je Gemeinde (statistische Sektoren)',
    vintage: 'um 2018, auf die Kennziffern von 2025 übertragen',
    licence: 'Offene Daten von Statbel',
  },
  'police-zones': {
    title: 'Lokale Polizeizonen und ihre Gemeinden',
    vintage: '2025 (Flandern und Brüssel: Juli 2025; Wallonien: 2013 und bekannte Fusionen)',
    licence: 'Keine Lizenz angegeben (Provincies in Cijfers); AGPL-Repository (Plattform Open Police)',
    attribution: 'Polizeizonen: Provincies in Cijfers (2025); Plattform Open Police (2013) mit späteren Fusionen',
  },
  'natural-earth': {
    title: 'Nachbarländer und Nordsee (Kontextkarte)',
    vintage: 'Natural Earth 1:10m Admin 0 Länder, Version 4.1.0',
    licence: 'Gemeinfrei; auf npm verpackt von world-atlas (ISC)',
  },
  'public-facts': {
    title: 'LIVC-R-Zellen, lokale Präventionsinitiativen und veröffentlichte Zahlen',
    vintage: 'Erklärungen von 2016 bis 2023, zusammengestellt im November 2026',
    licence: 'Fakten mit ihren Quellen; Notizen und Zusammenfassungen sind unsere eigenen Worte',
    attribution:
      'Öffentliche Erklärungen, zusammengestellt vom LIVC-R-Atlas; jede Zeile verweist auf ihre Quelle (Seiten von Gemeinden und Polizei, Föderal- und Regionalregierungen, Parlamente, Presse)',
  },
  'mobile-team': {
    title: 'Initiativen, vorgestellt auf dem Kolloquium des Mobile Teams vom 15.10.2018 (Anderlecht, Dison, Aalst)',
    vintage: '15.10.2018',
    licence: 'Öffentliche Information',
  },
};
