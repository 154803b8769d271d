import { column, type DatasetDefinition } from '../dataset-definition';

/** The audit lines of moderators' decisions; exactly the predicate of idx_audit_log_moderation_decisions, so that the index serves both queries. */
const DECISION_LINES = `subject_type = 'proposal' AND action IN ('proposal.publish', 'proposal.return', 'proposal.reject', 'proposal.mark_duplicate')`;

/**
 * Every moderator decision on a submission, counted by Taipei month, area, decision and reason
 * code. The audit log is the record: it holds each decision, including returns that a later
 * resubmission overwrites on the proposal row, and its `after` snapshot gives the area and the
 * reason code at the time of the decision. Nothing else of the snapshot (proposer, moderator,
 * text) is read. The result is a small aggregate, so it comes as one page.
 */
export const MODERATION_OUTCOMES_DATASET: DatasetDefinition = {
  id: 'moderation-outcomes',
  title: { 'zh-TW': '檢核結果統計', en: 'Moderation outcomes' },
  description: {
    'zh-TW': '每月（臺北時間）各範疇的檢核決定件數：公開、退回修改、駁回（依駁回理由代碼）與重複提議；只有件數。',
    en: 'Moderation decisions per month (Taipei time) and area: published, returned, rejected (by reason code) and marked duplicate; counts only.',
  },
  columns: [
    column('month', 'month', '月份（臺北時間，YYYY-MM）', 'Month (Taipei time, YYYY-MM)'),
    column('area_code', 'string', '範疇代碼', 'Area code'),
    column('decision', 'string', '檢核決定（published、returned、rejected、marked_duplicate）', 'Decision (published, returned, rejected, marked_duplicate)'),
    column('reason_code', 'string', '駁回理由代碼（僅駁回時）', 'Rejection reason code (rejections only)'),
    column('count', 'integer', '件數', 'Number of decisions'),
  ],
  keys: (after) => ({ text: `SELECT 'all' AS key WHERE $1::text IS NULL`, params: [after] }),
  rows: () => ({
    text: `SELECT to_char(a.occurred_at AT TIME ZONE 'Asia/Taipei', 'YYYY-MM') AS month,
                  COALESCE(a.after->'content'->>'areaCode', 'general') AS area_code,
                  CASE a.action WHEN 'proposal.publish' THEN 'published' WHEN 'proposal.return' THEN 'returned'
                                WHEN 'proposal.reject' THEN 'rejected' ELSE 'marked_duplicate' END AS decision,
                  CASE WHEN a.action = 'proposal.reject' THEN a.after->'rejection'->>'code' END AS reason_code,
                  count(*)::int AS count
             FROM audit_log a
            WHERE ${DECISION_LINES}
            GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2, 3, 4 NULLS FIRST`,
    params: [],
  }),
  // The audit log is append-only, so the newest decision line's id moves whenever a decision is
  // recorded; read from the end of the partial index, it costs one index probe however long the log.
  fingerprint: () => ({ text: `SELECT concat_ws('/', max(id)) AS fingerprint FROM audit_log WHERE ${DECISION_LINES}`, params: [] }),
};
