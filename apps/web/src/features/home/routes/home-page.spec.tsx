import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { anActionPlan, anActionPlanList } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { aPage, aProposalSummary, apiError, PROPOSAL_ID, stubApi } from '../../proposals/testing/proposal-fixtures';

const areaTexts = () => screen.getAllByTestId('area').map((area) => area.textContent);
const noProposals = { 'GET /api/v1/proposals?': [{ body: aPage([]) }] };

describe('home page', () => {
  it('shows the hero and each plan with its localized areas from GET /api/v1/action-plans', async () => {
    const { callsTo } = stubApi(noProposals);
    renderApp();

    expect(screen.getByRole('heading', { level: 1, name: '從一個提議，到政府的承諾' })).toBeTruthy();
    const plans = screen.getByTestId('action-plans');
    expect(plans.getAttribute('aria-busy')).toBe('true');
    expect(within(plans).getByRole('status').textContent).toBe('正在載入國家行動方案…');

    await waitFor(() => expect(areaTexts()).toEqual(['推動資料開放與資訊公開', '擴大公共參與機制']));
    expect(plans.getAttribute('aria-busy')).toBe('false');
    expect(within(plans).getByRole('heading', { level: 3 }).textContent).toBe('第一期開放政府國家行動方案');
    expect(within(plans).getByText('2021年1月至2024年5月')).toBeTruthy();
    expect(within(plans).getByText('已結束')).toBeTruthy();

    const planCalls = callsTo('GET /api/v1/action-plans');
    expect(planCalls).toHaveLength(1);
    expect(planCalls[0]?.url).toBe('/api/v1/action-plans');
    expect(new Headers(planCalls[0]?.init?.headers).get('Accept-Language')).toBe('zh-TW');
    // The first render of the whole home page is slow on a busy CI machine.
  }, 20_000);

  it('says so when no plan is published yet', async () => {
    stubApi({ ...noProposals, 'GET /api/v1/action-plans': [{ body: anActionPlanList([]) }] });
    renderApp();

    expect(await screen.findByText('目前尚未公布任何國家行動方案。')).toBeTruthy();
    expect(screen.queryAllByTestId('area')).toHaveLength(0);
  });

  it('shows the error with the request id, and the retry button loads the plans', async () => {
    const { callsTo } = stubApi({
      ...noProposals,
      'GET /api/v1/action-plans': [apiError(503, 'service_unavailable', '服務暫時無法使用'), { body: anActionPlanList([anActionPlan({ phase: 'in_progress' })]) }],
    });
    renderApp();

    const plans = screen.getByTestId('action-plans');
    const alert = await within(plans).findByRole('alert');
    expect(alert.textContent).toContain('無法載入國家行動方案，請稍後再試。');
    expect(alert.textContent).toContain('錯誤追蹤碼：req-503');
    expect(screen.queryAllByTestId('area')).toHaveLength(0);

    fireEvent.click(within(alert).getByRole('button', { name: '重新載入' }));

    await waitFor(() => expect(areaTexts()).toEqual(['推動資料開放與資訊公開', '擴大公共參與機制']));
    expect(within(plans).queryByRole('alert')).toBeNull();
    expect(screen.getByText('執行中')).toBeTruthy();
    expect(callsTo('GET /api/v1/action-plans')).toHaveLength(2);
  });

  it('shows the error state when the server cannot be reached', async () => {
    stubApi({ 'GET /api/v1/action-plans': [new TypeError('Failed to fetch')], 'GET /api/v1/proposals?': [new TypeError('Failed to fetch')] });
    renderApp();

    const alert = await within(screen.getByTestId('action-plans')).findByRole('alert');
    expect(alert.textContent).toContain('無法載入國家行動方案');
    expect(within(alert).getByRole('button', { name: '重新載入' })).toBeTruthy();
    expect(await within(screen.getByTestId('home-endingSoon')).findByRole('alert')).toBeTruthy();
  });

  it('lists proposals ending soon, newly published, past the threshold and adopted, each from its own filtered query', async () => {
    const { callsTo } = stubApi({
      'GET /api/v1/proposals?status=open&sort=ending_soon': [{ body: aPage([aProposalSummary({ title: '即將截止的提議' })]) }],
      'GET /api/v1/proposals?status=open&sort=newest': [{ body: aPage([aProposalSummary({ id: 'b', title: '剛公開的提議' })]) }],
      'GET /api/v1/proposals?status=threshold_reached': [{ body: aPage([aProposalSummary({ id: 'c', title: '已成案的提議', status: 'threshold_reached' })]) }],
      'GET /api/v1/proposals?status=adopted': [{ body: aPage([]) }],
    });
    renderApp();

    const endingSoon = screen.getByTestId('home-endingSoon');
    expect(within(endingSoon).getByRole('heading', { level: 2 }).textContent).toBe('即將截止附議');
    expect(await within(endingSoon).findByRole('link', { name: '即將截止的提議' })).toBeTruthy();
    expect(await within(screen.getByTestId('home-newlyPublished')).findByRole('link', { name: '剛公開的提議' })).toBeTruthy();
    expect(await within(screen.getByTestId('home-reachedThreshold')).findByRole('link', { name: '已成案的提議' })).toBeTruthy();
    expect(await within(screen.getByTestId('home-adopted')).findByText('目前沒有獲採納的提議。')).toBeTruthy();
    expect(within(endingSoon).getByRole('link', { name: '查看更多「即將截止附議」' }).getAttribute('href')).toBe('/proposals?status=open&sort=ending_soon');

    expect(callsTo('GET /api/v1/proposals?').map((call) => call.url).sort()).toEqual([
      '/api/v1/proposals?status=adopted&sort=newest&page=1&pageSize=3',
      '/api/v1/proposals?status=open&sort=ending_soon&page=1&pageSize=3',
      '/api/v1/proposals?status=open&sort=newest&page=1&pageSize=3',
      '/api/v1/proposals?status=threshold_reached&sort=newest&page=1&pageSize=3',
    ]);
  });

  it('keeps the listed counts live from proposal.count events', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([aProposalSummary({ cosignCount: 1234 })]) }] });
    const { services } = renderApp();

    const endingSoon = screen.getByTestId('home-endingSoon');
    expect(await within(endingSoon).findByText('附議 1,234 / 5,000')).toBeTruthy();

    act(() => {
      for (const listener of services.socket.listeners('proposal.count')) listener({ proposalId: PROPOSAL_ID, count: 1300, threshold: 5000 });
    });

    expect(within(endingSoon).getByText('附議 1,300 / 5,000')).toBeTruthy();
  });
});
