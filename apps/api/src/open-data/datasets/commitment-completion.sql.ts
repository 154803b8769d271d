/**
 * A commitment's current completion on OGP's scale, one definition for the open data and the
 * statistics: the IRM's assessment when there is one (independent), else the agency's
 * self-assessment, else its latest quarterly update; 'unassessed' when none exists.
 * Needs the commitment as `c` and the lateral `latest_progress` below.
 */
export const CURRENT_COMPLETION_SQL = `COALESCE(c.irm_assessment->>'completion', c.self_assessment->>'completion', lp.completion, 'unassessed')`;

/** The latest quarterly update of commitment `c` ('YYYY-Qn' sorts as text), as `lp`. */
export const LATEST_PROGRESS_JOIN_SQL = `LEFT JOIN LATERAL (
  SELECT u.quarter, u.completion FROM commitment_progress_updates u WHERE u.commitment_id = c.id ORDER BY u.quarter DESC LIMIT 1
) lp ON true`;
