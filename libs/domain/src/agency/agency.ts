import type { LocalizedText } from '../shared/localized-text';

/** A responsible agency (權責機關), named in both languages; `code` is its stable public key. */
export interface Agency {
  readonly code: string;
  readonly name: LocalizedText;
}

export const AGENCY_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
