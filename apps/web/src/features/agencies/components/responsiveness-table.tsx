import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { formatDecimal, formatPercent } from '../../../shared/format-number';
import type { ResponsivenessRow } from '../api/agencies-api';
import { SORT_COLUMNS, sortRows, type SortColumn, type SortState } from './sort-rows';

/** Lower is better for days and overdue; higher for the rest. A first click shows the best first. */
const FIRST_DIRECTION: Record<SortColumn, SortState['direction']> = {
  agency: 'ascending',
  requests: 'descending',
  onTimeRate: 'descending',
  medianDaysToRespond: 'ascending',
  overdueNow: 'descending',
};

/**
 * The responsiveness table, sortable by keyboard: each column header holds a button, and the
 * sorted column carries aria-sort so screen readers announce the order.
 */
export const ResponsivenessTable = ({ rows }: { readonly rows: readonly ResponsivenessRow[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<SortState>({ column: 'onTimeRate', direction: 'descending' });
  const nameOf = (row: ResponsivenessRow): string => localize(row.agency.name, locale);
  const sorted = sortRows(rows, sort, nameOf);
  const number = new Intl.NumberFormat(locale);

  const toggle = (column: SortColumn): void =>
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: FIRST_DIRECTION[column] },
    );

  return (
    <table className="data-table data-table--stacked" data-testid="responsiveness-table">
      <caption>{t('agencies.caption')}</caption>
      <thead>
        <tr>
          {SORT_COLUMNS.map((column) => (
            <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
              <button type="button" className="sort-button" onClick={() => toggle(column)}>
                {t(`agencies.columns.${column}`)}
                <span aria-hidden="true" className="sort-button__arrow">
                  {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.agency.id} data-testid="responsiveness-row">
            <th scope="row" data-label={t('agencies.columns.agency')}>
              <Link to={`/agencies/${row.agency.id}`}>{nameOf(row)}</Link>
            </th>
            <td data-label={t('agencies.columns.requests')}>
              {t('agencies.requestsCell', { requests: number.format(row.requests), answered: number.format(row.answered) })}
            </td>
            <td data-label={t('agencies.columns.onTimeRate')}>{row.onTimeRate === null ? t('agencies.noRecord') : formatPercent(row.onTimeRate, locale)}</td>
            <td data-label={t('agencies.columns.medianDaysToRespond')}>
              {row.medianDaysToRespond === null ? t('agencies.noRecord') : t('units.days', { value: formatDecimal(row.medianDaysToRespond, locale) })}
            </td>
            <td data-label={t('agencies.columns.overdueNow')}>{number.format(row.overdueNow)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
