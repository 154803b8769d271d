import { PUBLIC_STATUSES } from '../../proposals/public-proposal';
import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';

/**
 * One row per response request, judged as the responsiveness table judges it (domain
 * `timeliness`): against the current, possibly extended, due date, since an extension granted
 * in time with a public reason is the rule working. Unanswered requests are "overdue" once the
 * due date has passed and "pending" before; only pending ones have no on-time verdict yet.
 */
export const AGENCY_RESPONSES_DATASET: DatasetDefinition = {
  id: 'agency-responses',
  title: { 'zh-TW': '機關回應', en: 'Agency responses' },
  description: {
    'zh-TW': '每一件請權責機關回應的請求：機關、原訂與目前期限、是否展延、回應時間、是否準時及回應天數。',
    en: 'Every request for an agency response: agency, original and current due date, extensions, when it was answered, whether on time and days to respond.',
  },
  columns: [
    column('request_id', 'uuid', '回應請求識別碼', 'Response request id'),
    column('proposal_id', 'uuid', '提議識別碼', 'Proposal id'),
    column('agency_id', 'uuid', '權責機關識別碼', 'Agency id'),
    column('agency_code', 'string', '權責機關代碼', 'Agency code'),
    column('requested_at', 'datetime', '請求時間', 'Requested at'),
    column('original_due_at', 'datetime', '原訂回應期限', 'Original due date'),
    column('due_at', 'datetime', '目前回應期限（含展延）', 'Current due date (after extensions)'),
    column('extended', 'boolean', '是否曾展延', 'Whether the due date was extended'),
    column('extension_count', 'integer', '展延次數', 'Number of extensions'),
    column('responded_at', 'datetime', '回應時間', 'Answered at'),
    column('timeliness', 'string', '時效（on_time 準時、late 逾期回應、overdue 逾期未回應、pending 期限未到）', 'Timeliness (on_time, late, overdue = past due and unanswered, pending = not yet due)'),
    column('on_time', 'boolean', '是否準時（期限未到者為空白）', 'Answered on time (empty while not yet due)'),
    column('days_to_respond', 'number', '自請求至回應的天數（一位小數）', 'Days from request to answer (1 decimal)'),
  ],
  keys: (after, limit) => ({
    text: `SELECT r.id::text AS key FROM agency_response_requests r JOIN proposals p ON p.id = r.proposal_id
            WHERE p.status = ANY($3::text[]) AND r.id > COALESCE($1::uuid, '${NIL_UUID}') ORDER BY r.id LIMIT $2`,
    params: [after, limit, [...PUBLIC_STATUSES]],
  }),
  rows: (keys, now) => ({
    text: `SELECT q.*, CASE q.timeliness WHEN 'on_time' THEN true WHEN 'pending' THEN NULL ELSE false END AS on_time
             FROM (
               SELECT r.id AS request_id, r.proposal_id, r.agency_id, a.code AS agency_code, r.created_at AS requested_at,
                      COALESCE(x.first_previous_due_at, r.due_at) AS original_due_at, r.due_at,
                      x.extension_count > 0 AS extended, x.extension_count, s.submitted_at AS responded_at,
                      CASE WHEN s.submitted_at IS NOT NULL THEN CASE WHEN s.submitted_at <= r.due_at THEN 'on_time' ELSE 'late' END
                           WHEN $2::timestamptz > r.due_at THEN 'overdue' ELSE 'pending' END AS timeliness,
                      round((extract(epoch FROM s.submitted_at - r.created_at) / 86400)::numeric, 1) AS days_to_respond
                 FROM agency_response_requests r
                 LEFT JOIN agencies a ON a.id = r.agency_id
                 LEFT JOIN agency_responses s ON s.request_id = r.id
                 CROSS JOIN LATERAL (
                   SELECT count(*)::int AS extension_count,
                          (array_agg(e.previous_due_at ORDER BY e.created_at))[1] AS first_previous_due_at
                     FROM agency_response_extensions e WHERE e.request_id = r.id
                 ) x
                WHERE r.id = ANY($1::uuid[])
             ) q
            ORDER BY q.request_id`,
    params: [keys, now],
  }),
  // Time alone turns a pending request overdue, so the number overdue now is part of the fingerprint.
  fingerprint: (now) => ({
    text: `SELECT concat_ws('/', count(*), max(r.created_at), count(s.id), max(s.submitted_at),
                            (SELECT concat_ws(':', count(*), max(created_at)) FROM agency_response_extensions),
                            count(*) FILTER (WHERE s.id IS NULL AND r.due_at < $1::timestamptz)) AS fingerprint
             FROM agency_response_requests r LEFT JOIN agency_responses s ON s.request_id = r.id`,
    params: [now],
  }),
};
