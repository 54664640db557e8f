import type { MailTexts } from './types.ts';

export const mailEn: MailTexts = {
  mails: {
    invitation: {
      subject: 'Invitation to the LIVC-R register: {{municipalities}}',
      paragraphs: [
        'You are invited to the LIVC-R register as {{role}} for {{municipalities}}.',
        'In the register a municipality declares whether it has a local integrated security cell on radicalism (LIVC-R / CSIL-R), and how it is organised. The Mobile Team reviews each declaration before the atlas publishes it. The register keeps only your e-mail address, no names of persons.',
        'The link is valid until {{expires}} and works once.',
      ],
      action: 'Accept the invitation',
    },
    invitation_reminder: {
      subject: 'Reminder: your invitation to the LIVC-R register ({{municipalities}})',
      paragraphs: [
        'You were invited to the LIVC-R register as {{role}} for {{municipalities}}, and have not accepted yet.',
        'This is a new link; the earlier one no longer works. It is valid until {{expires}}.',
      ],
      action: 'Accept the invitation',
    },
    declare_reminder: {
      subject: 'Reminder: declare the LIVC-R of {{municipalities}}',
      paragraphs: [
        'Your account in the LIVC-R register is active, but no declaration has been made yet for {{municipalities}}.',
        'Sign in, open your municipality in the atlas, and declare whether it has a cell. "No cell" is an answer too.',
      ],
      action: 'Open the atlas',
    },
    password_reset: {
      subject: 'Reset your password for the LIVC-R register',
      paragraphs: [
        'Someone asked to reset the password of the account with this e-mail address. If that was not you, ignore this mail: nothing changes.',
        'The link is valid for one hour and works once. Resetting signs the account out everywhere.',
      ],
      action: 'Choose a new password',
    },
    access_confirm: {
      subject: 'Confirm your access request to the LIVC-R register',
      paragraphs: [
        'An access request to the LIVC-R register was made with this e-mail address for {{municipalities}}.',
        'Confirm that the address is yours; the Mobile Team then reviews the request. If you did not ask, ignore this mail.',
      ],
      action: 'Confirm the request',
    },
    access_rejected: {
      subject: 'Your access request to the LIVC-R register',
      paragraphs: ['Your access request for {{municipalities}} was not approved.', 'Reason: {{reason}}'],
    },
    declaration_approved: {
      subject: 'Your declaration for {{municipalities}} is approved',
      paragraphs: [
        'The Mobile Team approved your declaration for {{municipalities}}. The atlas publishes it now, dated {{date}}.',
      ],
      action: 'See it in the atlas',
    },
    declaration_rejected: {
      subject: 'Your declaration for {{municipalities}} was not approved',
      paragraphs: [
        'The Mobile Team did not approve your declaration for {{municipalities}}.',
        'Reason: {{reason}}',
        'You can correct it and send it again from the municipality in the atlas.',
      ],
      action: 'Open the municipality in the atlas',
    },
  },
  roles: { admin: 'administrator', moderator: 'moderator', editor: 'editor' },
  footer: 'Sent by the LIVC-R Atlas register. This mail loads nothing from the internet and contains no tracking.',
};
