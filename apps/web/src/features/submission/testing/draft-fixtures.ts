import type { MyProposal } from '../api/drafts-api';

export const DRAFT_ID = '5e0c2f7a-8d8b-4a3e-9b1f-6f3d1c2b4a10';

/** One's own draft as GET /api/v1/me/proposals/:id answers; override what a test is about. */
export const aDraft = (overrides: Partial<MyProposal> = {}): MyProposal => ({
  id: DRAFT_ID,
  status: 'draft',
  content: {
    title: '公開公車即時資料',
    areaCode: 'open-data',
    background: '各縣市公車資料格式不一。',
    proposal: '建立統一的公車即時資料格式。',
    expectedBenefits: '開發者更容易做出好用的服務。',
    suggestedAgencyIds: [],
    links: ['https://tdx.transportdata.tw/'],
  },
  createdAt: '2026-04-20T02:00:00.000Z',
  updatedAt: '2026-04-21T02:00:00.000Z',
  submittedAt: null,
  returnNote: null,
  publishedAt: null,
  cosignDeadline: null,
  cosignCount: 0,
  rejection: null,
  ...overrides,
});
