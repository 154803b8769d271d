import type { CommitmentDetail, CommitmentSummary } from '../api/commitments-api';

export const COMMITMENT_ID = '3c5d7e9f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
export const AGENCY_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export const aCommitmentSummary = (overrides: Partial<CommitmentSummary> = {}): CommitmentSummary => ({
  id: COMMITMENT_ID,
  areaCode: 'open-data',
  title: { 'zh-TW': '建立開放資料諮詢機制', en: 'An advisory mechanism for open data' },
  origin: 'government',
  sourceProposalId: null,
  tracking: 'open',
  milestoneCount: 4,
  milestonesDone: 1,
  ...overrides,
});

export const aCommitmentDetail = (overrides: Partial<CommitmentDetail> = {}): CommitmentDetail => ({
  id: COMMITMENT_ID,
  planCode: 'nap-1',
  areaCode: 'open-data',
  title: { 'zh-TW': '建立開放資料諮詢機制', en: 'An advisory mechanism for open data' },
  description: { 'zh-TW': '由各部會成立資料開放諮詢小組。', en: 'Each ministry sets up an open data advisory group.' },
  origin: 'citizen_proposal',
  sourceProposal: { id: '0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e', title: '公開各部會預算資料', status: 'adopted' },
  mergedProposals: [],
  responsibleAgencyIds: [AGENCY_ID],
  milestones: [
    { id: 'm1', title: { 'zh-TW': '訂定諮詢小組設置要點', en: 'Rules for the advisory groups' }, dueOn: '2021-12-31', status: 'done', evidenceUrl: 'https://www.ndc.gov.tw/report.pdf' },
    { id: 'm2', title: { 'zh-TW': '完成年度檢討', en: 'Annual review' }, dueOn: '2022-06-30', status: 'delayed', evidenceUrl: null },
  ],
  progress: [
    { id: 'p1', quarter: '2021-Q3', text: { 'zh-TW': '已召開兩次會議。', en: 'Two meetings held.' }, completion: 'limited', reportedAt: '2021-10-05T02:00:00.000Z' },
    { id: 'p2', quarter: '2021-Q4', text: { 'zh-TW': '要點已發布。', en: 'Rules published.' }, completion: 'substantial', reportedAt: '2022-01-05T02:00:00.000Z' },
  ],
  selfAssessment: {
    completion: 'substantial',
    potentialResults: 'modest',
    didItOpenGovernment: 'marginal',
    verifiable: 'yes',
    note: '大部分里程碑已完成。',
    assessedAt: '2022-08-01T02:00:00.000Z',
  },
  irmAssessment: null,
  tracking: 'open',
  ...overrides,
});
