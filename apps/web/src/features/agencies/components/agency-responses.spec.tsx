import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aProposalDetail, PROPOSAL_ID, someStats, stubApi } from '../../proposals/testing/proposal-fixtures';
import type { ProposalResponse } from '../api/agencies-api';

const answered: ProposalResponse = {
  requestId: 'q1',
  agencyId: 'id-ndc',
  agency: { id: 'id-ndc', code: 'ndc', name: { 'zh-TW': '國家發展委員會', en: 'National Development Council' } },
  dueAt: '2026-05-01T02:00:00.000Z',
  status: 'answered',
  timeliness: 'on_time',
  response: {
    points: [
      { heading: '關於預算格式', body: '將於年底前以 CSV 公開。' },
      { heading: null, body: '另將建立資料集說明。' },
    ],
    submittedAt: '2026-04-20T02:00:00.000Z',
  },
  extensions: [{ previousDueAt: '2026-04-01T02:00:00.000Z', newDueAt: '2026-05-01T02:00:00.000Z', reason: '需跨部會協調', grantedAt: '2026-03-25T02:00:00.000Z' }],
};

const routes = (detail: object, responses: readonly ProposalResponse[]) => ({
  [`GET /api/v1/proposals/${PROPOSAL_ID}/responses`]: [{ body: responses }],
  [`GET /api/v1/proposals/${PROPOSAL_ID}/cosigns/stats`]: [{ body: someStats() }],
  [`GET /api/v1/proposals/${PROPOSAL_ID}/comments`]: [{ body: { items: [], page: 1, pageSize: 50, total: 0 } }],
  [`GET /api/v1/proposals/${PROPOSAL_ID}`]: [{ body: detail }],
});

describe('agency responses and the task-force decision on the proposal page', () => {
  it('shows the decision and each agency’s point-by-point answer with its extension', async () => {
    const detail = aProposalDetail({ status: 'adopted', decision: { outcome: 'adopt', rationale: '可行且具效益。', decidedAt: '2026-04-25T02:00:00.000Z' } });
    stubApi(routes(detail, [answered]));
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });

    const decision = await screen.findByTestId('taskforce-decision');
    expect(within(decision).getByRole('heading').textContent).toBe('推動小組決議');
    expect(decision.textContent).toContain('採納，列為承諾事項 · 2026年4月25日');
    expect(decision.textContent).toContain('可行且具效益。');

    const response = await screen.findByTestId('agency-response');
    expect(within(response).getByRole('link', { name: '國家發展委員會' }).getAttribute('href')).toBe('/agencies/id-ndc');
    expect(response.textContent).toContain('準時回應');
    expect(response.textContent).toContain('期限由 2026年4月1日 展延至 2026年5月1日，理由：需跨部會協調');
    expect(within(response).getByRole('heading', { level: 4 }).textContent).toBe('關於預算格式');
    expect(within(response).getAllByRole('listitem').map((item) => item.textContent)).toContain('另將建立資料集說明。');
  }, 20_000);

  it('says the agency has not answered yet', async () => {
    stubApi(routes(aProposalDetail({ status: 'routed' }), [{ ...answered, status: 'requested', timeliness: 'pending', response: null, extensions: [] }]));
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    const response = await screen.findByTestId('agency-response');
    expect(response.textContent).toContain('機關尚未回應。');
    expect(screen.queryByTestId('taskforce-decision')).toBeNull();
  }, 20_000);

  it('leaves both sections out before the proposal is routed', async () => {
    const { callsTo } = stubApi(routes(aProposalDetail({ status: 'open' }), []));
    renderApp({ path: `/proposals/${PROPOSAL_ID}` });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('agency-responses')).toBeNull();
    expect(callsTo(`GET /api/v1/proposals/${PROPOSAL_ID}/responses`)).toHaveLength(0);
  });
});
