import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_COLORS } from '../map/colors.ts';
import { selectPlaces, selectView } from '../state/derived.ts';
import { useAppStore } from '../state/store.ts';
import { ficheHref } from '../state/url.ts';
import { AccessRequestForm } from './admin/AccessRequestForm.tsx';
import { DeclareForm } from './DeclareForm.tsx';
import { DeclareInitiative } from './DeclareInitiative.tsx';
import { DetailsGuide } from './DetailsGuide.tsx';
import { InitiativeItem, MunicipalityFacts } from './DetailsItems.tsx';
import { Inspiration } from './Inspiration.tsx';
import { Swatch } from './Legend.tsx';
import { useNames } from './names.ts';
import { Statements } from './Statements.tsx';
import { useDialogFocus } from './useDialogFocus.ts';

/** A municipality's details: a side panel on a desk, a bottom sheet on a phone. */
export function Details() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.selected);
  const municipality = useAppStore((s) => (s.selected ? selectPlaces(s)?.municipality.get(s.selected) : undefined));
  const initiatives = useAppStore((s) => (s.selected ? selectView(s).initiativesIn(s.selected) : undefined));
  const coverage = useAppStore((s) => (s.selected ? selectView(s).classOf(s.selected) : 'nodata'));
  const partial = useAppStore((s) => !!s.selected && selectView(s).partial.has(s.selected));
  const select = useAppStore((s) => s.select);
  const ficheLink = useAppStore((s) => (s.selected ? ficheHref(s, s.selected) : ''));
  const names = useNames();
  const panelRef = useRef<HTMLElement>(null);

  const onKeyDown = useDialogFocus(panelRef, selected, () => select(null));

  if (!municipality) return null;
  const name = names.municipality(municipality.nis);
  return (
    <section
      ref={panelRef}
      className="details"
      role="dialog"
      aria-modal="false"
      aria-labelledby="details-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="details-header">
        <h2 id="details-title">{name}</h2>
        <button type="button" className="close" onClick={() => select(null)}>
          {t('details.close')}
        </button>
      </header>
      <p className="details-coverage">
        <Swatch color={COVERAGE_COLORS[coverage]} /> {partial ? t('land.partial') : t(`coverage.${coverage}`)}
      </p>
      <MunicipalityFacts municipality={municipality} />
      <p>
        <a href={ficheLink}>{t('export.fiche')}</a>
      </p>
      <h3>{t('details.cells')}</h3>
      <Statements nis={municipality.nis} />
      <DeclareForm nis={municipality.nis} />
      <AccessRequestForm nis={municipality.nis} />
      <h3>{t('details.initiatives')}</h3>
      {initiatives?.length ? (
        <ul className="initiatives" aria-label={t('details.initiatives')}>
          {initiatives.map((initiative) => (
            <InitiativeItem key={initiative.id} initiative={initiative} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('details.noInitiatives')}</p>
      )}
      <DeclareInitiative nis={municipality.nis} />
      <DetailsGuide nis={municipality.nis} name={name} />
      <Inspiration municipality={municipality} />
    </section>
  );
}
