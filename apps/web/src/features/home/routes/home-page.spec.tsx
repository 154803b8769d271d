import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { anActionPlan, anActionPlanList, jsonResponse, stubFetch } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';

const areaTexts = () => screen.getAllByTestId('area').map((area) => area.textContent);

describe('home page', () => {
  it('shows the hero and each plan with its localized areas from GET /api/v1/action-plans', async () => {
    const fetchMock = stubFetch(jsonResponse(anActionPlanList()));
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

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/action-plans');
    expect(new Headers(init?.headers).get('Accept-Language')).toBe('zh-TW');
  });

  it('says so when no plan is published yet', async () => {
    stubFetch(jsonResponse(anActionPlanList([])));
    renderApp();

    expect(await screen.findByText('目前尚未公布任何國家行動方案。')).toBeTruthy();
    expect(screen.queryAllByTestId('area')).toHaveLength(0);
  });

  it('shows the error with the request id, and the retry button loads the plans', async () => {
    const fetchMock = stubFetch(
      jsonResponse({ statusCode: 503, code: 'service_unavailable', message: '服務暫時無法使用', requestId: 'req-42' }, 503),
      jsonResponse(anActionPlanList([anActionPlan({ phase: 'in_progress' })])),
    );
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('無法載入國家行動方案，請稍後再試。');
    expect(alert.textContent).toContain('錯誤追蹤碼：req-42');
    expect(screen.queryAllByTestId('area')).toHaveLength(0);

    fireEvent.click(within(alert).getByRole('button', { name: '重新載入' }));

    await waitFor(() => expect(areaTexts()).toEqual(['推動資料開放與資訊公開', '擴大公共參與機制']));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('執行中')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows the error state when the server cannot be reached', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('無法載入國家行動方案');
    expect(within(alert).getByRole('button', { name: '重新載入' })).toBeTruthy();
  });
});
