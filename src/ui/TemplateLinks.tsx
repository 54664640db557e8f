import { useTranslation } from 'react-i18next';

/**
 * The import templates in the interface language (public/templates/): sample rows in that language,
 * each marked as an example (`demo`), so a template imported unchanged lands among the examples.
 */
export function TemplateLinks({ base }: { base: string }) {
  const { t } = useTranslation();
  const files = [`${t('firstUse.templates.cells')}.csv`, `${t('firstUse.templates.initiatives')}.csv`];
  return (
    <p className="meta">
      {t('import.templates')}{' '}
      {files.map((file, i) => (
        <span key={file}>
          {i > 0 && ' · '}
          <a href={`${base}templates/${file}`} download>
            {file}
          </a>
        </span>
      ))}
    </p>
  );
}
