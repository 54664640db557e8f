import type { Municipality } from '../src/domain/atlas.ts';

/** Letters and digits only, without accents: "Sint-Genesius-Rode" → "sintgenesiusrode". */
const squash = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Whether an e-mail's domain looks like one of the municipalities' own: a label of the domain
 * (the top-level one aside) holds a municipality's name in any language, as lierde.be,
 * gemeente-lierde.be or mail.lierde.be do. A moderator sees a hint when it does not; it is only
 * a hint (a coordinator may write from a police zone's or an intermunicipal address).
 */
export function domainLooksLike(email: string, municipalities: readonly (Municipality | undefined)[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  const labels = domain.split('.').slice(0, -1).map(squash).filter(Boolean);
  const names = municipalities.flatMap((m) => (m ? [m.names.nl, m.names.fr, m.names.de].map(squash) : []));
  return labels.some((label) => names.some((name) => name.length >= 3 && label.includes(name)));
}
