import type { SourceTexts } from './sources.ts';

/** The source list of "About the data", in Dutch; English comes from attribution.json itself. */
export const sourcesNl: SourceTexts = {
  boundaries: {
    title: 'Gemeentegrenzen (AdminVector)',
    vintage: '26-03-2020, samengevoegd tot de 565 gemeenten van 01-01-2025',
    licence: 'Open data (FOD Financiën); verpakt in mathiasleroy/belgium-geographic-data (MIT)',
  },
  refnis: {
    title: 'NIS-codes en -namen, gemeentefusies van 2019 en 2025',
    vintage: 'NIS tot 2024; fusies van 01-01-2025',
    licence: 'Open data van Statbel',
  },
  population: { title: 'Bevolking per gemeente', vintage: '01-01-2020', licence: 'Open data van Statbel' },
  postcodes: {
    title: 'Postcodes per gemeente (statistische sectoren)',
    vintage: 'rond 2018, omgezet naar de codes van 2025',
    licence: 'Open data van Statbel',
  },
  'police-zones': {
    title: 'Lokale politiezones en hun gemeenten',
    vintage: '2025 (Vlaanderen en Brussel: juli 2025; Wallonië: 2013 plus gekende fusies)',
    licence: 'Geen licentie vermeld (Provincies in Cijfers); AGPL-repository (Open Police-platform)',
    attribution: 'Politiezones: Provincies in Cijfers (2025); Open Police-platform (2013) met latere fusies',
  },
  'natural-earth': {
    title: 'Buurlanden en de Noordzee (contextkaart)',
    vintage: 'Natural Earth 1:10m Admin 0-landen, versie 4.1.0',
    licence: 'Publiek domein; op npm verpakt door world-atlas (ISC)',
  },
  'public-facts': {
    title: 'LIVC-R-cellen, lokale preventie-initiatieven en gepubliceerde aantallen',
    vintage: 'verklaringen van 2016 tot 2023, verzameld in november 2026',
    licence: 'Feiten met hun bronnen; de notities en samenvattingen zijn in onze eigen woorden',
    attribution:
      'Publieke verklaringen verzameld door LIVC-R Atlas; elke rij linkt naar haar bron (pagina’s van gemeenten en politie, federale en gewestelijke overheden, parlementen, de pers)',
  },
  'mobile-team': {
    title: 'Initiatieven voorgesteld op het colloquium van het Mobile Team van 15-10-2018 (Anderlecht, Dison, Aalst)',
    vintage: '15-10-2018',
    licence: 'Publieke informatie',
  },
};
