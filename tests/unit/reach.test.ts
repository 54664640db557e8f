import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainLooksLike } from '../../server/domainHint.ts';
import { areaLanguage } from '../../server/mail/language.ts';
import { renderMail } from '../../server/mail/render.ts';
import { MAIL_KINDS, MAIL_LANGUAGES } from '../../server/mail/texts/index.ts';
import type { Lookup } from '../../src/domain/atlas.ts';
import { resolvePlaceList } from '../../src/domain/placeList.ts';
import { buildSearchIndex } from '../../src/domain/search.ts';
import { parseUrlState, serializeUrlState } from '../../src/state/url.ts';

const lookup = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/lookup.json'), 'utf8'),
) as Lookup;
const byNis = new Map(lookup.municipalities.map((m) => [m.nis, m]));
const index = buildSearchIndex(lookup);

describe('municipality names in forms', () => {
  it('takes names in any language and NIS codes, and names what it cannot place', () => {
    expect(resolvePlaceList(index, 'Geraardsbergen; Grammont, 45063\nLierde')).toEqual({
      nis: ['41018', '45063'],
      unknown: [],
      ambiguous: [],
    });
    expect(resolvePlaceList(index, 'Atlantis; Lierde').unknown).toEqual(['Atlantis']);
  });
});

describe('mails', () => {
  it('are written in each language area by default', () => {
    expect(areaLanguage(byNis.get('45063'))).toBe('nl');
    expect(areaLanguage(byNis.get('62063'))).toBe('fr');
    expect(areaLanguage(byNis.get('63023'))).toBe('de');
    expect(areaLanguage(byNis.get('21004'))).toBe('fr');
  });

  it('exist in every language for every kind, with the reason as text and no images', () => {
    for (const language of MAIL_LANGUAGES) {
      for (const kind of MAIL_KINDS) {
        const mail = renderMail(
          kind,
          language,
          { municipalities: ['45063'], reason: '<img src=x>', link: 'https://x.example/?a=1&b=2' },
          (nis) => byNis.get(nis),
        );
        expect(mail.subject, `${language} ${kind}`).not.toMatch(/\{\{|\n/);
        expect(mail.text).not.toMatch(/\{\{/);
        expect(mail.html).not.toMatch(/<img/);
        // The reset mail names no municipality; every other one does.
        if (kind !== 'password_reset') expect(mail.subject + mail.text).toContain('Lierde');
        if (kind === 'access_rejected') expect(mail.html).toContain('&lt;img src=x&gt;');
      }
    }
  });

  it('hint when the address does not look like the municipality’s', () => {
    expect(domainLooksLike('preventie@lierde.be', [byNis.get('45063')])).toBe(true);
    expect(domainLooksLike('a@gemeente-lierde.be', [byNis.get('45063')])).toBe(true);
    expect(domainLooksLike('a@gmail.com', [byNis.get('45063')])).toBe(false);
  });
});

describe('mailed links', () => {
  it('are read once from the address and never written back', () => {
    const reset = parseUrlState('?reset=abc&lang=nl');
    expect(reset.registerLink).toEqual({ kind: 'reset', token: 'abc' });
    expect(parseUrlState('?access=xyz').registerLink).toEqual({ kind: 'access', token: 'xyz' });
    expect(serializeUrlState(reset)).toBe('?lang=nl');
  });
});
