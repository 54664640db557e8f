import type { MailTexts } from './types.ts';

export const mailDe: MailTexts = {
  mails: {
    invitation: {
      subject: 'Einladung zum LIVC-R-Register: {{municipalities}}',
      paragraphs: [
        'Sie sind zum LIVC-R-Register eingeladen, als {{role}} für {{municipalities}}.',
        'Im Register erklärt eine Gemeinde, ob sie eine lokale integrale Sicherheitszelle Radikalismus (LIVC-R / CSIL-R) hat und wie sie organisiert ist. Das Mobile Team prüft jede Erklärung, bevor der Atlas sie veröffentlicht. Das Register speichert nur Ihre E-Mail-Adresse, keine Namen von Personen.',
        'Der Link gilt bis zum {{expires}} und nur einmal.',
      ],
      action: 'Die Einladung annehmen',
    },
    invitation_reminder: {
      subject: 'Erinnerung: Ihre Einladung zum LIVC-R-Register ({{municipalities}})',
      paragraphs: [
        'Sie wurden zum LIVC-R-Register eingeladen, als {{role}} für {{municipalities}}, und haben noch nicht angenommen.',
        'Dies ist ein neuer Link; der frühere gilt nicht mehr. Er gilt bis zum {{expires}}.',
      ],
      action: 'Die Einladung annehmen',
    },
    declare_reminder: {
      subject: 'Erinnerung: Erklären Sie die LIVC-R von {{municipalities}}',
      paragraphs: [
        'Ihr Konto im LIVC-R-Register ist aktiv, aber für {{municipalities}} liegt noch keine Erklärung vor.',
        'Melden Sie sich an, öffnen Sie Ihre Gemeinde im Atlas und erklären Sie, ob sie eine Zelle hat. „Keine Zelle“ ist auch eine Antwort.',
      ],
      action: 'Den Atlas öffnen',
    },
    password_reset: {
      subject: 'Ihr Passwort für das LIVC-R-Register zurücksetzen',
      paragraphs: [
        'Jemand hat verlangt, das Passwort des Kontos mit dieser E-Mail-Adresse zurückzusetzen. Waren Sie es nicht, ignorieren Sie diese Mail: Es ändert sich nichts.',
        'Der Link gilt eine Stunde und nur einmal. Das Zurücksetzen meldet das Konto überall ab.',
      ],
      action: 'Ein neues Passwort wählen',
    },
    access_confirm: {
      subject: 'Bestätigen Sie Ihre Zugangsanfrage zum LIVC-R-Register',
      paragraphs: [
        'Mit dieser E-Mail-Adresse wurde Zugang zum LIVC-R-Register für {{municipalities}} beantragt.',
        'Bestätigen Sie, dass die Adresse Ihnen gehört; danach prüft das Mobile Team die Anfrage. Haben Sie nichts beantragt, ignorieren Sie diese Mail.',
      ],
      action: 'Die Anfrage bestätigen',
    },
    access_rejected: {
      subject: 'Ihre Zugangsanfrage zum LIVC-R-Register',
      paragraphs: ['Ihre Zugangsanfrage für {{municipalities}} wurde nicht genehmigt.', 'Grund: {{reason}}'],
    },
    declaration_approved: {
      subject: 'Ihre Erklärung für {{municipalities}} ist genehmigt',
      paragraphs: [
        'Das Mobile Team hat Ihre Erklärung für {{municipalities}} genehmigt. Der Atlas veröffentlicht sie jetzt, mit Datum {{date}}.',
      ],
      action: 'Im Atlas ansehen',
    },
    declaration_rejected: {
      subject: 'Ihre Erklärung für {{municipalities}} wurde nicht genehmigt',
      paragraphs: [
        'Das Mobile Team hat Ihre Erklärung für {{municipalities}} nicht genehmigt.',
        'Grund: {{reason}}',
        'Sie können sie in der Gemeinde im Atlas korrigieren und erneut senden.',
      ],
      action: 'Die Gemeinde im Atlas öffnen',
    },
  },
  roles: { admin: 'Administrator·in', moderator: 'Moderator·in', editor: 'Redakteur·in' },
  footer: 'Gesendet vom Register des LIVC-R-Atlas. Diese Mail lädt nichts aus dem Internet und enthält kein Tracking.',
};
