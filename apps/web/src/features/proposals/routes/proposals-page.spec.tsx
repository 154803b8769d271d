import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, aProposalSummary, apiError, stubApi } from '../testing/proposal-fixtures';

const listUrl = (call: { url: string } | undefined) => new URL(call?.url ?? '', 'http://x').searchParams;

describe('proposals page', () => {
  it('lists each proposal with its area, status, accessible progress and Taipei deadline', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([aProposalSummary()]) }] });
    renderApp({ path: '/proposals' });

    expect(screen.getByRole('heading', { level: 1, name: '瀏覽提議' })).toBeTruthy();
    const item = await screen.findByTestId('proposal-item');
    expect(within(item).getByRole('link', { name: '公開各部會預算資料' }).getAttribute('href')).toBe(`/proposals/${aProposalSummary().id}`);
    expect(within(item).getByText('附議中')).toBeTruthy();
    await within(item).findByText('推動資料開放與資訊公開');
    const bar = within(item).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('1234');
    expect(bar.getAttribute('aria-valuemax')).toBe('5000');
    expect(bar.getAttribute('aria-valuetext')).toBe('附議 1,234 / 5,000');
    // 16:00 UTC on 30 April is midnight of 1 May in Taipei.
    expect(within(item).getByText(/2026年5月1日/).getAttribute('dateTime')).toBe('2026-04-30T16:00:00.000Z');
    expect(screen.getByText('共 1 件提議')).toBeTruthy();
    expect(callsTo('GET /api/v1/proposals?')[0]?.url).toBe('/api/v1/proposals?sort=newest&page=1&pageSize=20');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([aProposalSummary()], { page: 2, total: 45 }) }] });
    renderApp({ path: '/proposals?q=預算&status=open&area=open-data&sort=most_cosigned&page=2' });

    await screen.findByTestId('proposal-item');
    const params = listUrl(callsTo('GET /api/v1/proposals?')[0]);
    expect(Object.fromEntries(params)).toEqual({ q: '預算', status: 'open', area: 'open-data', sort: 'most_cosigned', page: '2', pageSize: '20' });
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('預算');
    expect(screen.getByLabelText<HTMLSelectElement>('狀態').value).toBe('open');
    expect(screen.getByLabelText<HTMLSelectElement>('排序').value).toBe('most_cosigned');
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('範疇').value).toBe('open-data'));

    const pages = screen.getByRole('navigation', { name: '分頁' });
    expect(within(pages).getByRole('link', { name: '第 2 頁' }).getAttribute('aria-current')).toBe('page');
    expect(within(pages).getByRole('link', { name: '下一頁' }).getAttribute('href')).toBe(
      '/proposals?q=%E9%A0%90%E7%AE%97&status=open&area=open-data&sort=most_cosigned&page=3',
    );
  });

  it('writes a new filter into the URL and starts again at page 1', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([aProposalSummary()]) }] });
    const { router } = renderApp({ path: '/proposals?sort=ending_soon&page=3' });
    await screen.findByTestId('proposal-item');

    fireEvent.change(screen.getByLabelText('狀態'), { target: { value: 'threshold_reached' } });

    expect(router.state.location.search).toBe('?status=threshold_reached&sort=ending_soon');
  });

  it('explains the two-character minimum and searches Chinese text from two characters', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([aProposalSummary()]) }] });
    const { router } = renderApp({ path: '/proposals' });
    await screen.findByTestId('proposal-item');
    expect(screen.getByText('請輸入至少 2 個字，例如「資料」；中文也可以搜尋。')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '預' } });
    fireEvent.click(screen.getByRole('button', { name: '搜尋' }));
    expect(screen.getByRole('alert').textContent).toBe('搜尋字詞至少需要 2 個字。');
    expect(router.state.location.search).toBe('');

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: ' 預算 ' } });
    fireEvent.click(screen.getByRole('button', { name: '搜尋' }));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('預算');
  });

  it('says when nothing matches and clears the filters', async () => {
    stubApi({ 'GET /api/v1/proposals?': [{ body: aPage([]) }, { body: aPage([aProposalSummary()]) }] });
    const { router } = renderApp({ path: '/proposals?q=不存在的字&status=open' });

    expect(await screen.findByText('沒有符合條件的提議。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '清除搜尋與篩選' }));

    expect(router.state.location.search).toBe('');
    expect(await screen.findByTestId('proposal-item')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('');
  });

  it('shows the error state with a retry', async () => {
    stubApi({ 'GET /api/v1/proposals?': [apiError(503, 'service_unavailable', '服務暫時無法使用'), { body: aPage([aProposalSummary()]) }] });
    renderApp({ path: '/proposals' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('無法載入提議，請稍後再試。');
    fireEvent.click(within(alert).getByRole('button', { name: '重新載入' }));
    expect(await screen.findByTestId('proposal-item')).toBeTruthy();
  });
});
