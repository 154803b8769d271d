import type { ResponsivenessRow } from '../api/agencies-api';

export const SORT_COLUMNS = ['agency', 'requests', 'onTimeRate', 'medianDaysToRespond', 'overdueNow'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

const valueOf = (row: ResponsivenessRow, column: Exclude<SortColumn, 'agency'>): number | null => row[column];

/**
 * Sorts a copy of the rows. Agencies without a value (no answer yet) always go last, whichever
 * the direction, so "best on-time rate" never starts with agencies that have no record.
 */
export const sortRows = (rows: readonly ResponsivenessRow[], { column, direction }: SortState, nameOf: (row: ResponsivenessRow) => string): ResponsivenessRow[] => {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'agency') return sign * nameOf(a).localeCompare(nameOf(b));
    const x = valueOf(a, column);
    const y = valueOf(b, column);
    if (x === null || y === null) return x === y ? nameOf(a).localeCompare(nameOf(b)) : x === null ? 1 : -1;
    return sign * (x - y) || nameOf(a).localeCompare(nameOf(b));
  });
};
