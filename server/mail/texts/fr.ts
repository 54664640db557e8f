import type { MailTexts } from './types.ts';

export const mailFr: MailTexts = {
  mails: {
    invitation: {
      subject: 'Invitation au registre CSIL-R : {{municipalities}}',
      paragraphs: [
        'Vous êtes invité·e au registre CSIL-R en tant que {{role}} pour {{municipalities}}.',
        'Dans le registre, une commune déclare si elle dispose d’une cellule de sécurité intégrale locale radicalisme (CSIL-R) et comment elle est organisée. L’Équipe mobile vérifie chaque déclaration avant que l’atlas la publie. Le registre ne conserve que votre adresse e-mail, aucun nom de personne.',
        'Le lien est valable jusqu’au {{expires}} et ne sert qu’une fois.',
      ],
      action: 'Accepter l’invitation',
    },
    invitation_reminder: {
      subject: 'Rappel : votre invitation au registre CSIL-R ({{municipalities}})',
      paragraphs: [
        'Vous avez été invité·e au registre CSIL-R en tant que {{role}} pour {{municipalities}} et n’avez pas encore accepté.',
        'Voici un nouveau lien ; le précédent ne fonctionne plus. Il est valable jusqu’au {{expires}}.',
      ],
      action: 'Accepter l’invitation',
    },
    declare_reminder: {
      subject: 'Rappel : déclarez la CSIL-R de {{municipalities}}',
      paragraphs: [
        'Votre compte dans le registre CSIL-R est actif, mais aucune déclaration n’a encore été faite pour {{municipalities}}.',
        'Connectez-vous, ouvrez votre commune dans l’atlas et déclarez si elle a une cellule. « Pas de cellule » est aussi une réponse.',
      ],
      action: 'Ouvrir l’atlas',
    },
    password_reset: {
      subject: 'Réinitialiser votre mot de passe du registre CSIL-R',
      paragraphs: [
        'Quelqu’un a demandé de réinitialiser le mot de passe du compte lié à cette adresse. Si ce n’était pas vous, ignorez ce message : rien ne change.',
        'Le lien est valable une heure et ne sert qu’une fois. La réinitialisation déconnecte le compte partout.',
      ],
      action: 'Choisir un nouveau mot de passe',
    },
    access_confirm: {
      subject: 'Confirmez votre demande d’accès au registre CSIL-R',
      paragraphs: [
        'Une demande d’accès au registre CSIL-R a été faite avec cette adresse pour {{municipalities}}.',
        'Confirmez que l’adresse est la vôtre ; l’Équipe mobile examinera ensuite la demande. Si vous n’avez rien demandé, ignorez ce message.',
      ],
      action: 'Confirmer la demande',
    },
    access_rejected: {
      subject: 'Votre demande d’accès au registre CSIL-R',
      paragraphs: ['Votre demande d’accès pour {{municipalities}} n’a pas été approuvée.', 'Motif : {{reason}}'],
    },
    declaration_approved: {
      subject: 'Votre déclaration pour {{municipalities}} est approuvée',
      paragraphs: [
        'L’Équipe mobile a approuvé votre déclaration pour {{municipalities}}. L’atlas la publie maintenant, datée du {{date}}.',
      ],
      action: 'La voir dans l’atlas',
    },
    declaration_rejected: {
      subject: 'Votre déclaration pour {{municipalities}} n’a pas été approuvée',
      paragraphs: [
        'L’Équipe mobile n’a pas approuvé votre déclaration pour {{municipalities}}.',
        'Motif : {{reason}}',
        'Vous pouvez la corriger et l’envoyer à nouveau depuis la commune dans l’atlas.',
      ],
      action: 'Ouvrir la commune dans l’atlas',
    },
  },
  roles: { admin: 'administrateur·rice', moderator: 'modérateur·rice', editor: 'rédacteur·rice' },
  footer:
    'Envoyé par le registre de l’atlas CSIL-R. Ce message ne charge rien depuis internet et ne contient aucun traçage.',
};
