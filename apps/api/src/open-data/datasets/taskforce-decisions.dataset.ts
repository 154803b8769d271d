import { PUBLIC_STATUSES } from '../../proposals/public-proposal';
import { column, NIL_UUID, type DatasetDefinition } from '../dataset-definition';

/** The task force's decisions with the votes of each side; who recorded them stays in the audit trail. */
export const TASKFORCE_DECISIONS_DATASET: DatasetDefinition = {
  id: 'taskforce-decisions',
  title: { 'zh-TW': '推動小組決議', en: 'Task-force decisions' },
  description: {
    'zh-TW': '推動小組對成案提議的決議：採納、併入、交由機關回應或不予採納，附理由與政府方、民間方的表決票數。',
    en: 'The task force’s decisions on routed proposals (adopt, merge, refer, decline) with the rationale and the votes of the government and civil sides.',
  },
  columns: [
    column('id', 'uuid', '決議識別碼', 'Decision id'),
    column('proposal_id', 'uuid', '提議識別碼', 'Proposal id'),
    column('outcome', 'string', '決議（adopt 採納、merge 併入、refer 交由機關回應、decline 不予採納）', 'Outcome (adopt, merge, refer, decline)'),
    column('rationale', 'string', '理由', 'Rationale'),
    column('government_for', 'integer', '政府方贊成票', 'Government side: for'),
    column('government_against', 'integer', '政府方反對票', 'Government side: against'),
    column('government_abstain', 'integer', '政府方棄權票', 'Government side: abstentions'),
    column('civil_for', 'integer', '民間方贊成票', 'Civil side: for'),
    column('civil_against', 'integer', '民間方反對票', 'Civil side: against'),
    column('civil_abstain', 'integer', '民間方棄權票', 'Civil side: abstentions'),
    column('commitment_id', 'uuid', '採納或併入的承諾事項', 'Commitment created or merged into'),
    column('decided_at', 'datetime', '決議時間', 'Decided at'),
  ],
  keys: (after, limit) => ({
    text: `SELECT d.id::text AS key FROM taskforce_decisions d JOIN proposals p ON p.id = d.proposal_id
            WHERE p.status = ANY($3::text[]) AND d.id > COALESCE($1::uuid, '${NIL_UUID}') ORDER BY d.id LIMIT $2`,
    params: [after, limit, [...PUBLIC_STATUSES]],
  }),
  rows: (keys) => ({
    text: `SELECT id, proposal_id, outcome, rationale, government_for, government_against, government_abstain,
                  civil_for, civil_against, civil_abstain, commitment_id, decided_at
             FROM taskforce_decisions WHERE id = ANY($1::uuid[]) ORDER BY id`,
    params: [keys],
  }),
  fingerprint: () => ({ text: `SELECT concat_ws('/', count(*), max(decided_at)) AS fingerprint FROM taskforce_decisions`, params: [] }),
};
