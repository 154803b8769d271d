import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';

export const COMMITMENT_MILESTONES_DATASET: DatasetDefinition = {
  id: 'commitment-milestones',
  title: { 'zh-TW': '承諾事項里程碑', en: 'Commitment milestones' },
  description: {
    'zh-TW': '各承諾事項的里程碑：預定完成日、狀態與佐證連結。',
    en: 'The milestones of every commitment: due date, status and evidence link.',
  },
  columns: [
    column('id', 'uuid', '里程碑識別碼', 'Milestone id'),
    column('commitment_id', 'uuid', '承諾事項識別碼', 'Commitment id'),
    column('title_zh_tw', 'string', '標題（中文）', 'Title (Traditional Chinese)'),
    column('title_en', 'string', '標題（英文）', 'Title (English)'),
    column('due_on', 'date', '預定完成日（YYYY-MM-DD）', 'Due on (YYYY-MM-DD)'),
    column('status', 'string', '狀態（planned、in_progress、done、delayed）', 'Status (planned, in_progress, done, delayed)'),
    column('evidence_url', 'string', '佐證連結', 'Evidence link'),
    column('created_at', 'datetime', '建立時間', 'Created at'),
  ],
  keys: (after, limit) => ({
    text: `SELECT id::text AS key FROM commitment_milestones WHERE id > COALESCE($1::uuid, '${NIL_UUID}') ORDER BY id LIMIT $2`,
    params: [after, limit],
  }),
  rows: (keys) => ({
    text: `SELECT id, commitment_id, title_zh_tw, title_en, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, evidence_url, created_at
             FROM commitment_milestones WHERE id = ANY($1::uuid[]) ORDER BY id`,
    params: [keys],
  }),
  fingerprint: () => ({ text: `SELECT concat_ws('/', count(*), max(created_at)) AS fingerprint FROM commitment_milestones`, params: [] }),
};
