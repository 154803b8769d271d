import { PUBLIC_STATUSES } from '../../proposals/public-proposal';
import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';

/**
 * Co-signs per published proposal and Taipei calendar day: counts only, never who. Keys are
 * proposals, so every day of one proposal lands in the same page and the running total is
 * computed over all of them.
 */
export const COSIGN_DAILY_COUNTS_DATASET: DatasetDefinition = {
  id: 'cosign-daily-counts',
  title: { 'zh-TW': '每日附議數', en: 'Daily co-sign counts' },
  description: {
    'zh-TW': '每件公開提議每日（臺北時間）新增的附議數與累計附議數；只有數字，不含附議者身分。只列出有附議的日子。',
    en: 'New and cumulative co-signs per published proposal and calendar day (Taipei time); numbers only, never who co-signed. Days without co-signs are left out.',
  },
  columns: [
    column('proposal_id', 'uuid', '提議識別碼', 'Proposal id'),
    column('day', 'date', '日期（臺北時間，YYYY-MM-DD）', 'Day (Taipei time, YYYY-MM-DD)'),
    column('new_cosigns', 'integer', '當日新增附議數', 'Co-signs that day'),
    column('cumulative', 'integer', '截至當日的累計附議數', 'Co-signs up to and including that day'),
  ],
  // Only proposals with a co-sign (one probe of idx_cosigns_proposal_created each), so pages are not spent on empty ones.
  keys: (after, limit) => ({
    text: `SELECT p.id::text AS key FROM proposals p
            WHERE p.status = ANY($3::text[]) AND p.id > COALESCE($1::uuid, '${NIL_UUID}')
              AND EXISTS (SELECT 1 FROM cosigns c WHERE c.proposal_id = p.id AND c.invalidated_at IS NULL)
            ORDER BY p.id LIMIT $2`,
    params: [after, limit, [...PUBLIC_STATUSES]],
  }),
  rows: (keys) => ({
    text: `WITH daily AS (
             SELECT c.proposal_id, (c.created_at AT TIME ZONE 'Asia/Taipei')::date AS day, count(*)::int AS new_cosigns
               FROM cosigns c
              WHERE c.proposal_id = ANY($1::uuid[]) AND c.invalidated_at IS NULL
              GROUP BY 1, 2
           )
           SELECT proposal_id, to_char(day, 'YYYY-MM-DD') AS day, new_cosigns,
                  (sum(new_cosigns) OVER (PARTITION BY proposal_id ORDER BY day))::int AS cumulative
             FROM daily
            ORDER BY proposal_id, daily.day`,
    params: [keys],
  }),
  // New co-signs move max(id); an invalidation (rows stay, marked) moves the sum of counts.
  fingerprint: () => ({
    text: `SELECT concat_ws('/', (SELECT max(id) FROM cosigns), count(*), sum(cosign_count)) AS fingerprint FROM proposals WHERE status = ANY($1::text[])`,
    params: [[...PUBLIC_STATUSES]],
  }),
};
