import type { LocalizedText } from '@open-proposals/domain';

/**
 * How a value is written: JSON keeps the native type (null stays null); CSV writes the text
 * form, with an empty cell for null, `true`/`false` for booleans and a JSON array for lists.
 */
export const COLUMN_TYPES = ['uuid', 'string', 'integer', 'number', 'boolean', 'date', 'month', 'datetime', 'uuid[]', 'string[]'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface DatasetColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: LocalizedText;
}

/** A query with its positional parameters, as the repository runs it. */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly unknown[];
}

/**
 * A dataset is read in keyset pages, so a download of millions of rows never sits in memory
 * and never holds a connection while a slow client reads: `keys` answers the next `limit`
 * keys after `after` (in key order), `rows` the rows of those keys, in the same order, with
 * one SQL alias per documented column. `fingerprint` is a cheap summary of the dataset's
 * latest change, hashed into the ETag.
 */
export interface DatasetDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** The single source of the CSV header and of the JSON item keys. */
  readonly columns: readonly DatasetColumn[];
  readonly keys: (after: string | null, limit: number) => SqlQuery;
  readonly rows: (keys: readonly string[], now: Date) => SqlQuery;
  readonly fingerprint: (now: Date) => SqlQuery;
}

export const column = (name: string, type: ColumnType, zhTw: string, en: string): DatasetColumn => ({ name, type, description: { 'zh-TW': zhTw, en } });

/** The first key in uuid order: keyset pages start after it. */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';
