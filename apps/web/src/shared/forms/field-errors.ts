import { ApiError } from '../api/api-error';

/** Field name → the server's (localised) message; a list field's index is dropped ("links[2]" → "links"). */
export type FieldErrors = Readonly<Record<string, string>>;

export interface FormErrors {
  readonly fields: FieldErrors;
  /** What concerns the whole form (a network failure, a refusal naming no field of this form). */
  readonly form: string | null;
}

export const baseField = (field: string): string => field.replace(/\[\d+\]$/, '');

/**
 * Splits an API failure into messages next to fields and one for the form. Some refusals name no
 * field but clearly concern one (email_taken → email): `codeFields` places those.
 */
export const formErrorsOf = (error: unknown, fields: readonly string[], codeFields: Readonly<Record<string, string>> = {}): FormErrors => {
  if (error === null || error === undefined) return { fields: {}, form: null };
  if (!(error instanceof ApiError)) return { fields: {}, form: error instanceof Error ? error.message : null };
  const byField: Record<string, string> = {};
  let unplaced = false;
  for (const item of error.errors) {
    const field = baseField(item.field);
    if (!fields.includes(field)) unplaced = true;
    byField[field] = byField[field] === undefined ? item.message : `${byField[field]} ${item.message}`;
  }
  const codeField = codeFields[error.code];
  if (codeField !== undefined) byField[codeField] = error.message;
  const placed = Object.keys(byField).some((field) => fields.includes(field));
  return { fields: byField, form: placed && !unplaced ? null : error.message };
};
