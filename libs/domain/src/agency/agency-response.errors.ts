import type { DomainError } from '../shared/domain-error';

/**
 * Every refusal of the agency response rules. Limits travel in `details.max` so the edge can
 * put them in the message; point errors also carry the 1-based point number.
 */
export type AgencyResponseErrorCode =
  | 'agency_response.already_answered'
  | 'agency_response.points_required'
  | 'agency_response.too_many_points'
  | 'agency_response.point_body_required'
  | 'agency_response.point_too_long'
  | 'agency_response.reason_required'
  | 'agency_response.reason_too_long'
  | 'agency_response.due_date_not_later'
  | 'agency_response.extension_after_due'
  | 'agency_response.too_many_extensions';

export type AgencyResponseError = DomainError<AgencyResponseErrorCode>;
