import type { ActionPlanListResponse, ActionPlanSummary } from '../features/action-plans/api/action-plans-api';

/** The first national action plan as the API lists it; override what a test is about. */
export const anActionPlan = (overrides: Partial<ActionPlanSummary> = {}): ActionPlanSummary => ({
  code: 'nap-1',
  title: { 'zh-TW': '第一期開放政府國家行動方案', en: 'First Open Government National Action Plan' },
  periodStart: '2021-01',
  periodEnd: '2024-05',
  phase: 'ended',
  areas: [
    { code: 'open-data', title: { 'zh-TW': '推動資料開放與資訊公開', en: 'Open data and information disclosure' } },
    { code: 'participation', title: { 'zh-TW': '擴大公共參與機制', en: 'Public participation' } },
  ],
  ...overrides,
});

export const anActionPlanList = (items: readonly ActionPlanSummary[] = [anActionPlan()]): ActionPlanListResponse => ({ items });

export const jsonResponse = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Replaces global fetch for this test (unstubbed after each test by vitest's unstubGlobals). */
export const stubFetch = (...responses: (Response | Error | DOMException)[]) => {
  const queue = [...responses];
  const fetchMock = vi.fn((_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => {
    const next = queue.shift();
    if (next === undefined) return Promise.reject(new Error('stubFetch: no response left for this call'));
    return next instanceof Response ? Promise.resolve(next) : Promise.reject(next);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};
