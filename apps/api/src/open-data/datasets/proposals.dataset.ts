import { PUBLIC_STATUSES } from '../../proposals/public-proposal';
import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';

/**
 * Published proposals, as their public pages show them. Drafts, submissions in review and
 * withdrawn ones belong to their proposer and rejected ones are in the rejection log, so none
 * is here; neither is anything about the proposer or about who decided (no user ids at all).
 */
export const PROPOSALS_DATASET: DatasetDefinition = {
  id: 'proposals',
  title: { 'zh-TW': '公開提議', en: 'Published proposals' },
  description: {
    'zh-TW': '所有已公開的提議：內容、範疇、附議數與門檻、各階段時間與決議；不含草稿、檢核中及提議者個人資料。',
    en: 'Every published proposal: its text, area, co-sign count and threshold, stage dates and decision; no drafts, nothing under review, no personal data of the proposer.',
  },
  columns: [
    column('id', 'uuid', '提議識別碼', 'Proposal id'),
    column('status', 'string', '狀態（open、threshold_reached、routed、adopted、merged、referred、declined、expired、duplicate）', 'Status (open, threshold_reached, routed, adopted, merged, referred, declined, expired, duplicate)'),
    column('title', 'string', '標題', 'Title'),
    column('background', 'string', '現況說明（Markdown）', 'Background (Markdown)'),
    column('proposal', 'string', '具體建議（Markdown）', 'Proposal (Markdown)'),
    column('expected_benefits', 'string', '預期效益（Markdown）', 'Expected benefits (Markdown)'),
    column('area_code', 'string', '範疇代碼（general 為一般）', 'Area code (general when none applies)'),
    column('suggested_agency_ids', 'uuid[]', '建議的權責機關', 'Suggested responsible agencies'),
    column('links', 'string[]', '參考連結', 'Reference links'),
    column('cycle_code', 'string', '所屬提議週期代碼', 'Participation cycle code'),
    column('threshold', 'integer', '附議門檻', 'Co-sign threshold'),
    column('cosign_count', 'integer', '目前附議數', 'Current co-sign count'),
    column('published_at', 'datetime', '公開時間', 'Published at'),
    column('cosign_deadline', 'datetime', '附議截止時間（不含）', 'End of co-signing (exclusive)'),
    column('threshold_reached_at', 'datetime', '達到門檻（成案）時間', 'Threshold reached at'),
    column('cosigning_closed_at', 'datetime', '成案後停止附議時間', 'Co-signing closed at (after the threshold)'),
    column('expired_at', 'datetime', '未達門檻而逾期的時間', 'Expired (below the threshold) at'),
    column('duplicate_of_id', 'uuid', '重複提議的原提議', 'Original proposal, for a duplicate'),
    column('routed_at', 'datetime', '交付推動小組與權責機關的時間', 'Routed to the task force and agencies at'),
    column('routed_agency_ids', 'uuid[]', '受請回應的權責機關', 'Agencies asked to respond'),
    column('agency_response_due_at', 'datetime', '機關回應期限', 'Agency response due at'),
    column('decision_outcome', 'string', '推動小組決議（adopt、merge、refer、decline）', 'Task-force decision (adopt, merge, refer, decline)'),
    column('decision_rationale', 'string', '決議理由', 'Decision rationale'),
    column('merged_into_commitment_id', 'uuid', '併入的承諾事項', 'Commitment it was merged into'),
    column('decided_at', 'datetime', '決議時間', 'Decided at'),
    column('updated_at', 'datetime', '最後更新時間', 'Last updated at'),
  ],
  keys: (after, limit) => ({
    text: `SELECT id::text AS key FROM proposals WHERE status = ANY($3::text[]) AND id > COALESCE($1::uuid, '${NIL_UUID}') ORDER BY id LIMIT $2`,
    params: [after, limit, [...PUBLIC_STATUSES]],
  }),
  rows: (keys) => ({
    text: `SELECT p.id, p.status, p.title, p.background, p.body AS proposal, p.expected_benefits, p.area_code, p.suggested_agency_ids, p.links,
                  c.code AS cycle_code, c.threshold, p.cosign_count, p.published_at, p.cosign_deadline, p.threshold_reached_at,
                  p.cosigning_closed_at, p.expired_at, p.duplicate_of_id, p.routed_at, p.routed_agency_ids, p.agency_response_due_at,
                  p.decision_outcome, p.decision_rationale, p.decision_target_commitment_id AS merged_into_commitment_id, p.decided_at, p.updated_at
             FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id
            WHERE p.id = ANY($1::uuid[]) AND p.status = ANY($2::text[])
            ORDER BY p.id`,
    params: [keys, [...PUBLIC_STATUSES]],
  }),
  // A status change or an edit moves updated_at; a co-sign moves only the count, hence its sum.
  fingerprint: () => ({
    text: `SELECT concat_ws('/', count(*), max(updated_at), sum(cosign_count)) AS fingerprint FROM proposals WHERE status = ANY($1::text[])`,
    params: [[...PUBLIC_STATUSES]],
  }),
};
