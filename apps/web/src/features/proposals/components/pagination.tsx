import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** The link target of a page, keeping the other query parameters. */
  readonly hrefFor: (page: number) => string;
}

/** Pages shown around the current one; the first and last are always reachable. */
const visiblePages = (page: number, last: number): number[] => {
  const pages = new Set([1, last, page - 1, page, page + 1]);
  return [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
};

/** Real links (shareable, keyboard and middle-click friendly), not buttons. */
export const Pagination = ({ page, pageSize, total, hrefFor }: PaginationProps) => {
  const { t } = useTranslation();
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <ul>
        {page > 1 && (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {visiblePages(page, last).map((p) => (
          <li key={p}>
            <Link to={hrefFor(p)} aria-current={p === page ? 'page' : undefined} aria-label={t('pagination.page', { page: p })}>
              {p}
            </Link>
          </li>
        ))}
        {page < last && (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
};
