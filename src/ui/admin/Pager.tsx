import { useTranslation } from 'react-i18next';

/** Previous / next over a paged list, and where the reader is in it. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <p className="actions-row pager">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('reach.moderation.previous')}
      </button>
      <span>{t('reach.moderation.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('reach.moderation.next')}
      </button>
    </p>
  );
}
