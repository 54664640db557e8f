import type { Language } from '../domain/types.ts';

/**
 * MapLibre's own interface strings (its `locale` option): the titles and labels of its controls
 * and of the map canvas. Keys are MapLibre's (src/ui/default_locale.ts); those it shows here.
 */
export type MapLibreLocale = Record<string, string>;

export const MAPLIBRE_LOCALES: Record<Language, MapLibreLocale> = {
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    'Popup.Close': 'Close popup',
  },
  nl: {
    'Map.Title': 'Kaart',
    'NavigationControl.ZoomIn': 'Inzoomen',
    'NavigationControl.ZoomOut': 'Uitzoomen',
    'NavigationControl.ResetBearing': 'Noorden boven',
    'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
    'AttributionControl.MapFeedback': 'Feedback over de kaart',
    'Popup.Close': 'Pop-up sluiten',
  },
  fr: {
    'Map.Title': 'Carte',
    'NavigationControl.ZoomIn': 'Zoom avant',
    'NavigationControl.ZoomOut': 'Zoom arrière',
    'NavigationControl.ResetBearing': 'Réorienter vers le nord',
    'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
    'AttributionControl.MapFeedback': 'Commentaires sur la carte',
    'Popup.Close': 'Fermer la fenêtre',
  },
  de: {
    'Map.Title': 'Karte',
    'NavigationControl.ZoomIn': 'Vergrößern',
    'NavigationControl.ZoomOut': 'Verkleinern',
    'NavigationControl.ResetBearing': 'Nach Norden ausrichten',
    'AttributionControl.ToggleAttribution': 'Quellenangaben ein- oder ausblenden',
    'AttributionControl.MapFeedback': 'Feedback zur Karte',
    'Popup.Close': 'Pop-up schließen',
  },
};
