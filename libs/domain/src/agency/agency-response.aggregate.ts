import type { AuditEntry } from '../shared/audit-entry';
import { toJsonValue } from '../shared/audit-entry';
import { textLength } from '../proposal/proposal-content.validator';
import { err, ok, type Result } from '../shared/result';
import type { AgencyResponseError } from './agency-response.errors';
import type { AgencyResponded, AgencyResponseExtended } from './agency-response.events';

/** Limits of a point-by-point answer, counted in characters as people count them. */
export const AGENCY_RESPONSE_LIMITS = {
  maxPoints: 30,
  maxHeadingLength: 100,
  maxBodyLength: 5_000,
  maxReasonLength: 1_000,
  /**
   * Two extensions: enough for a real obstacle and a second one to finish, while a deadline
   * that can be moved forever is no deadline (DOMAIN.md: overdue responses are flagged publicly).
   */
  maxExtensions: 2,
} as const;

export const AGENCY_REQUEST_STATUSES = ['requested', 'answered'] as const;
export type AgencyRequestStatus = (typeof AGENCY_REQUEST_STATUSES)[number];

/** A routed proposal's request to one agency, as the rules need it. */
export interface AgencyResponseRequest {
  readonly id: string;
  readonly proposalId: string;
  readonly agencyId: string;
  readonly requestedAt: Date;
  /** The current due date: the original one, or the latest extension's. */
  readonly dueAt: Date;
  readonly status: AgencyRequestStatus;
  readonly extensionCount: number;
}

export interface ResponsePoint {
  readonly heading: string | null;
  readonly body: string;
}

export interface AgencyResponse {
  readonly requestId: string;
  readonly points: readonly ResponsePoint[];
  readonly submittedBy: string;
  readonly submittedAt: Date;
}

export interface AgencyResponseExtension {
  readonly requestId: string;
  readonly previousDueAt: Date;
  readonly newDueAt: Date;
  readonly reason: string;
  readonly grantedBy: string;
  readonly createdAt: Date;
}

export interface PointInput {
  readonly heading?: string | null;
  readonly body: string;
}

/** Trims every point and drops blank headings; refuses an empty list, blank bodies and text over the limits. */
export const validatePoints = (points: readonly PointInput[]): Result<ResponsePoint[], AgencyResponseError> => {
  const { maxPoints, maxHeadingLength, maxBodyLength } = AGENCY_RESPONSE_LIMITS;
  if (points.length === 0) return err({ code: 'agency_response.points_required' });
  if (points.length > maxPoints) return err({ code: 'agency_response.too_many_points', details: { max: maxPoints } });
  const cleaned: ResponsePoint[] = [];
  for (const [index, point] of points.entries()) {
    const heading = point.heading?.trim() ?? '';
    const body = point.body.trim();
    if (body === '') return err({ code: 'agency_response.point_body_required', details: { point: index + 1 } });
    if (textLength(heading) > maxHeadingLength) return err({ code: 'agency_response.point_too_long', details: { point: index + 1, max: maxHeadingLength } });
    if (textLength(body) > maxBodyLength) return err({ code: 'agency_response.point_too_long', details: { point: index + 1, max: maxBodyLength } });
    cleaned.push({ heading: heading === '' ? null : heading, body });
  }
  return ok(cleaned);
};

export interface AgencyResponseTransition<E> {
  readonly request: AgencyResponseRequest;
  readonly events: readonly E[];
  readonly audit: readonly AuditEntry[];
}

export type RespondResult = Result<AgencyResponseTransition<AgencyResponded> & { readonly response: AgencyResponse }, AgencyResponseError>;

/**
 * The agency answers, once. A published answer is a public record the proposer and co-signers
 * have read, so it is not editable; a correction would be a new, visible addition, not an edit.
 * A late answer is still accepted (better late than never) and stays marked late.
 */
export const respond = (request: AgencyResponseRequest, input: { actorId: string; points: readonly PointInput[] }, now: Date): RespondResult => {
  if (request.status === 'answered') return err({ code: 'agency_response.already_answered' });
  const points = validatePoints(input.points);
  if (!points.ok) return points;
  const response: AgencyResponse = { requestId: request.id, points: points.value, submittedBy: input.actorId, submittedAt: now };
  const next: AgencyResponseRequest = { ...request, status: 'answered' };
  const late = now.getTime() > request.dueAt.getTime();
  const event: AgencyResponded = {
    type: 'AgencyResponded', requestId: request.id, proposalId: request.proposalId, agencyId: request.agencyId,
    actorId: input.actorId, occurredAt: now, pointCount: points.value.length, late,
  };
  return ok({ request: next, response, events: [event], audit: [auditLine(request, input.actorId, 'agency_response.submit', { status: request.status }, { status: 'answered', late }, null, now)] });
};

export type ExtendResult = Result<AgencyResponseTransition<AgencyResponseExtended> & { readonly extension: AgencyResponseExtension }, AgencyResponseError>;

/**
 * More time, with a public reason and a later date. Asked before the current due date passes:
 * once a response is overdue it has been flagged publicly, and an extension after the fact
 * would rewrite that record. At most AGENCY_RESPONSE_LIMITS.maxExtensions times.
 */
export const extendDeadline = (
  request: AgencyResponseRequest,
  input: { actorId: string; reason: string; newDueAt: Date },
  now: Date,
): ExtendResult => {
  const { maxReasonLength, maxExtensions } = AGENCY_RESPONSE_LIMITS;
  if (request.status === 'answered') return err({ code: 'agency_response.already_answered' });
  const reason = input.reason.trim();
  if (reason === '') return err({ code: 'agency_response.reason_required' });
  if (textLength(reason) > maxReasonLength) return err({ code: 'agency_response.reason_too_long', details: { max: maxReasonLength } });
  if (input.newDueAt.getTime() <= request.dueAt.getTime()) return err({ code: 'agency_response.due_date_not_later' });
  if (now.getTime() > request.dueAt.getTime()) return err({ code: 'agency_response.extension_after_due' });
  if (request.extensionCount >= maxExtensions) return err({ code: 'agency_response.too_many_extensions', details: { max: maxExtensions } });
  const extension: AgencyResponseExtension = {
    requestId: request.id, previousDueAt: request.dueAt, newDueAt: input.newDueAt, reason, grantedBy: input.actorId, createdAt: now,
  };
  const event: AgencyResponseExtended = {
    type: 'AgencyResponseExtended', requestId: request.id, proposalId: request.proposalId, agencyId: request.agencyId,
    actorId: input.actorId, occurredAt: now, previousDueAt: request.dueAt, newDueAt: input.newDueAt, reason,
  };
  return ok({
    request: { ...request, dueAt: input.newDueAt, extensionCount: request.extensionCount + 1 },
    extension,
    events: [event],
    audit: [auditLine(request, input.actorId, 'agency_response.extend', { dueAt: request.dueAt }, { dueAt: input.newDueAt }, reason, now)],
  });
};

type Snapshot = Readonly<Record<string, unknown>>;

/**
 * Filed under the proposal, so that the answer and any extension (with its reason) appear on
 * the proposal's public timeline, which is read from the audit log.
 */
const auditLine = (request: AgencyResponseRequest, actorId: string, action: string, before: Snapshot, after: Snapshot, reason: string | null, now: Date): AuditEntry => ({
  actorId,
  action,
  subjectType: 'proposal',
  subjectId: request.proposalId,
  before: toJsonValue({ requestId: request.id, agencyId: request.agencyId, ...before }),
  after: toJsonValue({ requestId: request.id, agencyId: request.agencyId, ...after }),
  reason,
  occurredAt: now,
});
