import type { MailTexts } from './types.ts';

export const mailNl: MailTexts = {
  mails: {
    invitation: {
      subject: 'Uitnodiging voor het LIVC-R-register: {{municipalities}}',
      paragraphs: [
        'U bent uitgenodigd voor het LIVC-R-register als {{role}} voor {{municipalities}}.',
        'In het register verklaart een gemeente of ze een lokale integrale veiligheidscel radicalisme (LIVC-R) heeft en hoe die georganiseerd is. Het Mobiel Team controleert elke verklaring voordat de atlas ze publiceert. Het register bewaart alleen uw e-mailadres, geen namen van personen.',
        'De link is geldig tot {{expires}} en werkt één keer.',
      ],
      action: 'De uitnodiging aanvaarden',
    },
    invitation_reminder: {
      subject: 'Herinnering: uw uitnodiging voor het LIVC-R-register ({{municipalities}})',
      paragraphs: [
        'U bent uitgenodigd voor het LIVC-R-register als {{role}} voor {{municipalities}} en hebt nog niet aanvaard.',
        'Dit is een nieuwe link; de vorige werkt niet meer. Hij is geldig tot {{expires}}.',
      ],
      action: 'De uitnodiging aanvaarden',
    },
    declare_reminder: {
      subject: 'Herinnering: verklaar de LIVC-R van {{municipalities}}',
      paragraphs: [
        'Uw account in het LIVC-R-register is actief, maar voor {{municipalities}} is nog geen verklaring ingediend.',
        'Meld u aan, open uw gemeente in de atlas en verklaar of ze een cel heeft. "Geen cel" is ook een antwoord.',
      ],
      action: 'De atlas openen',
    },
    password_reset: {
      subject: 'Uw wachtwoord voor het LIVC-R-register opnieuw instellen',
      paragraphs: [
        'Iemand vroeg om het wachtwoord van het account met dit e-mailadres opnieuw in te stellen. Was u dat niet, negeer dan deze mail: er verandert niets.',
        'De link is één uur geldig en werkt één keer. Het account wordt daarna overal afgemeld.',
      ],
      action: 'Een nieuw wachtwoord kiezen',
    },
    access_confirm: {
      subject: 'Bevestig uw toegangsaanvraag voor het LIVC-R-register',
      paragraphs: [
        'Met dit e-mailadres werd toegang tot het LIVC-R-register gevraagd voor {{municipalities}}.',
        'Bevestig dat het adres van u is; daarna bekijkt het Mobiel Team de aanvraag. Hebt u niets gevraagd, negeer dan deze mail.',
      ],
      action: 'De aanvraag bevestigen',
    },
    access_rejected: {
      subject: 'Uw toegangsaanvraag voor het LIVC-R-register',
      paragraphs: ['Uw toegangsaanvraag voor {{municipalities}} werd niet goedgekeurd.', 'Reden: {{reason}}'],
    },
    declaration_approved: {
      subject: 'Uw verklaring voor {{municipalities}} is goedgekeurd',
      paragraphs: [
        'Het Mobiel Team keurde uw verklaring voor {{municipalities}} goed. De atlas publiceert ze nu, gedateerd {{date}}.',
      ],
      action: 'Bekijken in de atlas',
    },
    declaration_rejected: {
      subject: 'Uw verklaring voor {{municipalities}} werd niet goedgekeurd',
      paragraphs: [
        'Het Mobiel Team keurde uw verklaring voor {{municipalities}} niet goed.',
        'Reden: {{reason}}',
        'U kunt ze verbeteren en opnieuw indienen vanuit de gemeente in de atlas.',
      ],
      action: 'De gemeente openen in de atlas',
    },
  },
  roles: { admin: 'beheerder', moderator: 'moderator', editor: 'redacteur' },
  footer: 'Verstuurd door het register van de LIVC-R-atlas. Deze mail laadt niets van internet en bevat geen tracking.',
};
