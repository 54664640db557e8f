import { useTranslation } from 'react-i18next';
import { originKind } from '../domain/types.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { selectOriginKinds, selectOrigins, selectView } from '../state/derived.ts';
import { isLoading } from '../state/startup.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';

/**
 * Says what is on screen: public facts, an imported file, examples, the register, or a mix.
 * It sits above the map, never over it; examples are flagged loudly.
 */
export function DataBanner({ printed = false }: { printed?: boolean }) {
  const { t } = useTranslation();
  const { language } = useNames();
  const origins = useAppStore(selectOriginKinds);
  const files = useAppStore((s) =>
    [...selectOrigins(s)]
      .filter((o) => originKind(o) === 'file')
      .map((o) => o.slice(5))
      .join(', '),
  );
  const loading = useAppStore(isLoading);
  const named = useAppStore((s) => selectView(s).coverage.size);
  const total = useAppStore((s) => selectView(s).total);
  const savedAt = useAppStore((s) => s.dataState?.savedAt ?? null);
  const kinds = [...origins];
  const label = (kind: string) =>
    kind === 'file' ? t('facts.statement.origin.file', { name: files }) : t(`facts.statement.origin.${kind}`);

  // Whether the user's own rows are kept in this browser: said alone, or after a mix's list.
  const ownFiles = savedAt
    ? t('facts.banner.file', { files, date: formatPartialDate(savedAt.slice(0, 10), language) })
    : t('facts.banner.fileUnsaved', { files });
  let text: string;
  if (loading) text = t('facts.banner.loading');
  else if (kinds.length > 1)
    text = [t('facts.banner.mix', { list: kinds.map(label).join(', ') }), origins.has('file') ? ownFiles : '']
      .join(' ')
      .trim();
  else if (kinds[0] === 'examples') text = t('facts.banner.examples');
  else if (kinds[0] === 'file') text = ownFiles;
  else if (kinds[0] === 'register') text = t('facts.banner.register');
  else text = t('facts.banner.public', { named, total });
  const examples = origins.has('examples');
  return (
    <p
      className={examples ? 'data-banner examples' : 'data-banner'}
      role={printed ? undefined : 'note'}
      data-testid={printed ? undefined : examples ? 'examples-banner' : 'data-banner'}
    >
      {text}
    </p>
  );
}
