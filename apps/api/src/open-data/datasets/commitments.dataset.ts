import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';
import { CURRENT_COMPLETION_SQL, LATEST_PROGRESS_JOIN_SQL } from './commitment-completion.sql';

/** The national action plan's commitments and where they stand; who assessed or reported stays in the audit trail. */
export const COMMITMENTS_DATASET: DatasetDefinition = {
  id: 'commitments',
  title: { 'zh-TW': '承諾事項', en: 'Commitments' },
  description: {
    'zh-TW': '國家行動方案的承諾事項：範疇、來源、權責機關、列管狀態、OGP 完成度（獨立報告機制評估優先，其次自主評估，再次最新季進度）與里程碑數。',
    en: 'The action plan’s commitments: area, origin, responsible agencies, tracking, OGP completion (the IRM’s assessment first, then the self-assessment, then the latest quarterly update) and milestones.',
  },
  columns: [
    column('id', 'uuid', '承諾事項識別碼', 'Commitment id'),
    column('plan_code', 'string', '行動方案代碼', 'Action plan code'),
    column('area_code', 'string', '範疇代碼', 'Area code'),
    column('title_zh_tw', 'string', '標題（中文）', 'Title (Traditional Chinese)'),
    column('title_en', 'string', '標題（英文）', 'Title (English)'),
    column('description_zh_tw', 'string', '說明（中文）', 'Description (Traditional Chinese)'),
    column('description_en', 'string', '說明（英文）', 'Description (English)'),
    column('origin', 'string', '來源（government、citizen_proposal、civil_member、unknown）', 'Origin (government, citizen_proposal, civil_member, unknown)'),
    column('source_proposal_id', 'uuid', '來源提議', 'Proposal it came from'),
    column('responsible_agency_ids', 'uuid[]', '權責機關', 'Responsible agencies'),
    column('tracking', 'string', '列管狀態（open 持續列管、closed 解除列管）', 'Tracking (open, closed)'),
    column('completion', 'string', '目前完成度（no_evidence、not_started、limited、substantial、complete、unassessed）', 'Current completion (no_evidence, not_started, limited, substantial, complete, unassessed)'),
    column('self_assessment_completion', 'string', '自主評估完成度', 'Completion by the self-assessment'),
    column('irm_assessment_completion', 'string', '獨立報告機制評估完成度', 'Completion by the IRM assessment'),
    column('latest_progress_quarter', 'string', '最新進度季度（YYYY-Qn）', 'Quarter of the latest progress update (YYYY-Qn)'),
    column('latest_progress_completion', 'string', '最新進度完成度', 'Completion in the latest progress update'),
    column('milestones_total', 'integer', '里程碑數', 'Milestones'),
    column('milestones_done', 'integer', '已完成里程碑數', 'Milestones done'),
    column('created_at', 'datetime', '建立時間', 'Created at'),
    column('updated_at', 'datetime', '最後更新時間', 'Last updated at'),
  ],
  keys: (after, limit) => ({
    text: `SELECT id::text AS key FROM commitments WHERE id > COALESCE($1::uuid, '${NIL_UUID}') ORDER BY id LIMIT $2`,
    params: [after, limit],
  }),
  rows: (keys) => ({
    text: `SELECT c.id, ap.code AS plan_code, c.area_code, c.title_zh_tw, c.title_en, c.description_zh_tw, c.description_en, c.origin,
                  c.source_proposal_id, c.responsible_agency_ids, c.tracking, ${CURRENT_COMPLETION_SQL} AS completion,
                  c.self_assessment->>'completion' AS self_assessment_completion, c.irm_assessment->>'completion' AS irm_assessment_completion,
                  lp.quarter AS latest_progress_quarter, lp.completion AS latest_progress_completion,
                  (SELECT count(*)::int FROM commitment_milestones m WHERE m.commitment_id = c.id) AS milestones_total,
                  (SELECT count(*)::int FROM commitment_milestones m WHERE m.commitment_id = c.id AND m.status = 'done') AS milestones_done,
                  c.created_at, c.updated_at
             FROM commitments c
             JOIN action_plans ap ON ap.id = c.plan_id
             ${LATEST_PROGRESS_JOIN_SQL}
            WHERE c.id = ANY($1::uuid[])
            ORDER BY c.id`,
    params: [keys],
  }),
  // Assessments move updated_at; milestones and progress updates are inserted, never changed.
  fingerprint: () => ({
    text: `SELECT concat_ws('/', count(*), max(updated_at),
                            (SELECT concat_ws(':', count(*), max(created_at)) FROM commitment_milestones),
                            (SELECT concat_ws(':', count(*), max(reported_at)) FROM commitment_progress_updates)) AS fingerprint
             FROM commitments`,
    params: [],
  }),
};
