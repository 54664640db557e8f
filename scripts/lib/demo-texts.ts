import type { Theme } from '../../src/domain/vocabulary.ts';

type Texts = { nl: string; fr: string; de: string; en: string };

/** Title and description templates per theme for the demonstration initiatives. */
export const THEME_TEXTS: Record<Exclude<Theme, 'other'>, { title: Texts; description: Texts }> = {
  awareness_training: {
    title: {
      nl: 'Sensibiliseringsopleiding radicalisering voor eerstelijnswerkers',
      fr: 'Formation de sensibilisation aux processus de radicalisation',
      de: 'Sensibilisierungsschulung zu Radikalisierungsprozessen',
      en: 'Awareness training on radicalisation processes',
    },
    description: {
      nl: 'Een opleidingsdag voor gemeentepersoneel en partners over signalen en doorverwijzing.',
      fr: 'Une journée de formation pour le personnel communal et les partenaires sur les signaux et l’orientation.',
      de: 'Ein Schulungstag für Gemeindepersonal und Partner über Signale und Weitervermittlung.',
      en: 'A training day for municipal staff and partners on signals and referral.',
    },
  },
  education: {
    title: {
      nl: 'Burgerschapseducatie in het secundair onderwijs',
      fr: 'Éducation à la citoyenneté dans l’enseignement secondaire',
      de: 'Politische Bildung in der Sekundarschule',
      en: 'Citizenship education in secondary schools',
    },
    description: {
      nl: 'Klasgesprekken over democratie, polarisatie en conflicthantering.',
      fr: 'Des ateliers en classe sur la démocratie, la polarisation et la gestion des conflits.',
      de: 'Klassengespräche über Demokratie, Polarisierung und Konfliktlösung.',
      en: 'Classroom workshops on democracy, polarisation and conflict resolution.',
    },
  },
  media_literacy: {
    title: {
      nl: 'Mediawijsheid: propaganda herkennen',
      fr: 'Éducation aux médias : reconnaître la propagande',
      de: 'Medienkompetenz: Propaganda erkennen',
      en: 'Media literacy: recognising propaganda',
    },
    description: {
      nl: 'Jongeren leren bronnen en beelden kritisch lezen.',
      fr: 'Les jeunes apprennent à lire les sources et les images de manière critique.',
      de: 'Jugendliche lernen, Quellen und Bilder kritisch zu lesen.',
      en: 'Young people learn to read sources and images critically.',
    },
  },
  diversity_dialogue: {
    title: {
      nl: 'Interlevensbeschouwelijke dialoog in de wijk',
      fr: 'Dialogue interconvictionnel de quartier',
      de: 'Interreligiöser Dialog im Viertel',
      en: 'Interfaith dialogue in the neighbourhood',
    },
    description: {
      nl: 'Ontmoetingen tussen levensbeschouwelijke gemeenschappen en buurtbewoners.',
      fr: 'Des rencontres entre communautés convictionnelles et habitants du quartier.',
      de: 'Begegnungen zwischen Glaubensgemeinschaften und Anwohnern.',
      en: 'Meetings between faith communities and residents.',
    },
  },
  youth_work: {
    title: {
      nl: 'Outreachend jongerenwerk',
      fr: 'Travail de rue avec les jeunes',
      de: 'Aufsuchende Jugendarbeit',
      en: 'Outreach youth work',
    },
    description: {
      nl: 'Straathoekwerkers bouwen vertrouwen op met jongeren die moeilijk bereikbaar zijn.',
      fr: 'Des éducateurs de rue créent un lien de confiance avec des jeunes difficiles à atteindre.',
      de: 'Streetworker bauen Vertrauen zu schwer erreichbaren Jugendlichen auf.',
      en: 'Street workers build trust with hard-to-reach young people.',
    },
  },
  family_support: {
    title: {
      nl: 'Ondersteuning voor ouders',
      fr: 'Soutien aux parents',
      de: 'Unterstützung für Eltern',
      en: 'Support for parents',
    },
    description: {
      nl: 'Oudergroepen en een aanspreekpunt voor bezorgde families.',
      fr: 'Des groupes de parents et un point de contact pour les familles inquiètes.',
      de: 'Elterngruppen und eine Anlaufstelle für besorgte Familien.',
      en: 'Parent groups and a contact point for worried families.',
    },
  },
  social_cohesion: {
    title: {
      nl: 'Buurtverbinders',
      fr: 'Cohésion sociale dans les quartiers',
      de: 'Sozialer Zusammenhalt im Quartier',
      en: 'Neighbourhood connectors',
    },
    description: {
      nl: 'Vrijwilligers brengen buren met verschillende achtergronden samen.',
      fr: 'Des bénévoles rassemblent des voisins d’horizons différents.',
      de: 'Freiwillige bringen Nachbarn unterschiedlicher Herkunft zusammen.',
      en: 'Volunteers bring together neighbours from different backgrounds.',
    },
  },
  individual_support: {
    title: {
      nl: 'Begeleidingstraject voor kwetsbare jongeren',
      fr: 'Accompagnement individuel de jeunes vulnérables',
      de: 'Individuelle Begleitung gefährdeter Jugendlicher',
      en: 'Individual support for vulnerable young people',
    },
    description: {
      nl: 'Een traject op maat, in samenwerking met welzijnspartners.',
      fr: 'Un accompagnement sur mesure, avec les partenaires du secteur social.',
      de: 'Eine maßgeschneiderte Begleitung mit Partnern aus dem Sozialbereich.',
      en: 'A tailored path, together with welfare partners.',
    },
  },
  online_prevention: {
    title: {
      nl: 'Online preventie en tegenverhalen',
      fr: 'Prévention en ligne et contre-discours',
      de: 'Online-Prävention und Gegenerzählungen',
      en: 'Online prevention and counter-narratives',
    },
    description: {
      nl: 'Jongeren maken zelf video’s die extremistische boodschappen weerleggen.',
      fr: 'Des jeunes réalisent des vidéos qui répondent aux messages extrémistes.',
      de: 'Jugendliche drehen Videos, die extremistischen Botschaften widersprechen.',
      en: 'Young people make videos that answer extremist messages.',
    },
  },
  networking: {
    title: {
      nl: 'Lokaal netwerk preventie van radicalisering',
      fr: 'Réseau local de prévention du radicalisme',
      de: 'Lokales Netzwerk zur Radikalisierungsprävention',
      en: 'Local network for the prevention of radicalisation',
    },
    description: {
      nl: 'Regelmatig overleg tussen preventie, onderwijs, welzijn en politie.',
      fr: 'Une concertation régulière entre prévention, enseignement, social et police.',
      de: 'Regelmäßiger Austausch zwischen Prävention, Schule, Sozialwesen und Polizei.',
      en: 'Regular consultation between prevention, education, welfare and police.',
    },
  },
};
