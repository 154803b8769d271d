import { anActionPlanList } from '../../../test/factories';
import type { CosignStats, Page, ProposalDetail, ProposalSummary } from '../api/proposals-api';

export const PROPOSAL_ID = '0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e';

/** A published proposal as GET /api/v1/proposals lists it; override what a test is about. */
export const aProposalSummary = (overrides: Partial<ProposalSummary> = {}): ProposalSummary => ({
  id: PROPOSAL_ID,
  title: '公開各部會預算資料',
  status: 'open',
  areaCode: 'open-data',
  cosignCount: 1234,
  threshold: 5000,
  publishedAt: '2026-03-01T02:00:00.000Z',
  cosignDeadline: '2026-04-30T16:00:00.000Z',
  thresholdReachedAt: null,
  ...overrides,
});

export const aProposalDetail = (overrides: Partial<ProposalDetail> = {}): ProposalDetail => ({
  ...aProposalSummary(),
  background: '目前預算資料分散。\n格式也不一致。',
  proposal: '以開放格式公開<b>預算</b>資料。',
  expectedBenefits: '民眾更容易監督。',
  links: ['https://data.gov.tw/'],
  duplicateOfId: null,
  agencyResponseDueAt: null,
  decision: null,
  timeline: [
    { action: 'proposal.submit', at: '2026-02-27T02:00:00.000Z', reason: null },
    { action: 'proposal.publish', at: '2026-03-01T02:00:00.000Z', reason: null },
    { action: 'proposal.something_new', at: '2026-03-02T02:00:00.000Z', reason: null },
  ],
  ...overrides,
});

export const aPage = <T>(items: readonly T[], overrides: Partial<Page<T>> = {}): Page<T> => ({
  items,
  page: 1,
  pageSize: 20,
  total: items.length,
  ...overrides,
});

export const someStats = (overrides: Partial<CosignStats> = {}): CosignStats => ({
  count: 1234,
  threshold: 5000,
  perDay: [],
  perTier: [],
  ...overrides,
});

const signedOut: Reply = { status: 401, body: { statusCode: 401, code: 'unauthenticated', message: '請先登入', requestId: 'req-401' } };

const urlOf = (input: RequestInfo | URL): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

export type Reply = { readonly status?: number; readonly body: unknown } | Error;

const toResponse = (reply: Exclude<Reply, Error>): Response =>
  reply.status === 204
    ? new Response(null, { status: 204 })
    : new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'Content-Type': 'application/json' } });

/**
 * Replaces fetch with a small fake API: each key is "METHOD /path" and matches any URL that
 * starts with it (the longest key wins). Replies are used in order; the last one repeats.
 * The action plans (for area labels) answer by default, and nobody is signed in (session/me answers 401).
 */
export const stubApi = (routes: Readonly<Record<string, readonly Reply[]>>) => {
  const queues = new Map(Object.entries({ 'GET /api/v1/action-plans': [{ body: anActionPlanList() }], 'GET /api/v1/session/me': [signedOut], 'GET /api/v1/cosign-invalidations': [{ body: aPage([]) }], 'GET /api/v1/moderation/cosign-alerts': [{ body: { items: [] } }], [`GET /api/v1/proposals/${PROPOSAL_ID}/cosign-invalidations`]: [{ body: aPage([]) }], [`GET /api/v1/proposals/${PROPOSAL_ID}/cosigns/comments`]: [{ body: aPage([]) }], ...routes }).map(([k, v]) => [k, [...v]]));
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call = `${init?.method ?? 'GET'} ${urlOf(input)}`;
    const key = [...queues.keys()].filter((k) => call.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    const queue = key === undefined ? undefined : queues.get(key);
    const reply = queue && queue.length > 1 ? queue.shift() : queue?.[0];
    if (reply === undefined) return Promise.reject(new Error(`stubApi: no reply for ${call}`));
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(toResponse(reply));
  });
  vi.stubGlobal('fetch', fetchMock);
  /** The calls whose "METHOD url" starts with prefix, as { url, init }. */
  const callsTo = (prefix: string) =>
    fetchMock.mock.calls
      .map(([input, init]) => ({ url: urlOf(input), init }))
      .filter(({ url, init }) => `${init?.method ?? 'GET'} ${url}`.startsWith(prefix));
  return { fetchMock, callsTo };
};

export const apiError = (status: number, code: string, message: string): Reply => ({
  status,
  body: { statusCode: status, code, message, requestId: `req-${status}` },
});
