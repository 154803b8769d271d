/**
 * The shape of one line of the audit trail ("every change is recorded"). The domain only
 * builds it; the API stores it in the same transaction as the change. Snapshots are
 * JSON-safe so they can go into a jsonb column and a public timeline unchanged.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type AuditSubjectType = 'proposal' | 'comment' | 'commitment' | 'participation_cycle' | 'user' | 'cosign_alert';

export interface AuditEntry {
  /** null when a background job (not a person) made the change, e.g. expiry. */
  readonly actorId: string | null;
  /** A stable verb such as 'proposal.submit'. */
  readonly action: string;
  readonly subjectType: AuditSubjectType;
  readonly subjectId: string;
  readonly before: JsonValue;
  readonly after: JsonValue;
  readonly reason: string | null;
  readonly occurredAt: Date;
}

/** Dates become ISO strings; undefined fields are dropped, as JSON would. */
export const toJsonValue = (value: unknown): JsonValue => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => toJsonValue(item));
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = toJsonValue(item);
    }
    return out;
  }
  return null;
};
