import { useTranslation } from 'react-i18next';

export interface DataRow {
  readonly key: string;
  /** The row header (first column). */
  readonly header: string;
  readonly cells: readonly string[];
}

interface DataTableProps {
  readonly caption: string;
  /** Column headers, the row header's first. */
  readonly columns: readonly string[];
  readonly rows: readonly DataRow[];
}

/**
 * The numbers behind a chart, for screen readers, keyboard users and anyone who prefers a table.
 * It scrolls inside its own focusable region on a phone instead of widening the page.
 */
export const DataTable = ({ caption, columns, rows }: DataTableProps) => {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('stats.tableRegion', { caption })} tabIndex={0}>
      <table className="data-table" data-testid="chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={index === 0 ? undefined : 'numeric'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td key={index} className="numeric">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
