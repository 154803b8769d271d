import type { DatasetColumn } from './dataset-definition';

export type JsonCell = string | number | boolean | null | string[];

/** A database value that is text already (pg returns numerics, bigints and dates as such), or a bug to report. */
const text = (column: DatasetColumn, value: unknown): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  throw new Error(`column ${column.name}: unexpected ${typeof value} value`);
};

/** A database value as the column's documented type; a value the type cannot hold is a bug, not data to guess at. */
export const toJsonCell = (column: DatasetColumn, value: unknown): JsonCell => {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'datetime':
      return value instanceof Date ? value.toISOString() : new Date(text(column, value)).toISOString();
    case 'integer':
    case 'number': {
      const number = Number(text(column, value));
      if (!Number.isFinite(number)) throw new Error(`column ${column.name}: not a number`);
      return number;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`column ${column.name}: not a boolean`);
      return value;
    case 'uuid[]':
    case 'string[]':
      if (!Array.isArray(value)) throw new Error(`column ${column.name}: not a list`);
      return value.map((entry) => text(column, entry));
    case 'uuid':
    case 'string':
    case 'date':
    case 'month':
      return text(column, value);
  }
};

/**
 * One row with exactly the documented keys, in the documented order. A documented column the
 * query did not select is a bug in the dataset's SQL, so it fails loudly rather than export nulls.
 */
export const toJsonItem = (columns: readonly DatasetColumn[], row: Record<string, unknown>): Record<string, JsonCell> =>
  Object.fromEntries(
    columns.map((c) => {
      if (!(c.name in row)) throw new Error(`the query selected no column ${c.name}`);
      return [c.name, toJsonCell(c, row[c.name])];
    }),
  );

/** The CSV cells of a JSON item: empty for null, the text of numbers and booleans, a JSON array for lists. */
export const toCsvRecord = (columns: readonly DatasetColumn[], item: Record<string, JsonCell>): (string | number)[] =>
  columns.map((c) => {
    const value = item[c.name];
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return JSON.stringify(value);
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return value;
  });
