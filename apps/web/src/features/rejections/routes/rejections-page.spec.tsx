import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import type { RejectionLogItem } from '../api/rejections-api';

const aRejection = (overrides: Partial<RejectionLogItem> = {}): RejectionLogItem => ({
  proposalId: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  title: '販售保健食品',
  code: 'commercial',
  label: { 'zh-TW': '商業廣告', en: 'Commercial advertising' },
  note: '內容為產品廣告',
  duplicateOfId: null,
  rejectedAt: '2026-03-04T17:00:00.000Z',
  ...overrides,
});

describe('rejection log page', () => {
  it('lists title, the reason label in the reader’s language, note and Taipei date', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/rejections': [{ body: aPage([aRejection()]) }] });
    const { services } = renderApp({ path: '/rejections' });

    const row = await screen.findByTestId('rejection');
    expect(within(row).getAllByRole('rowheader')[0]?.textContent).toBe('販售保健食品');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['商業廣告', '內容為產品廣告', '2026年3月5日']);
    expect(callsTo('GET /api/v1/rejections')[0]?.url).toBe('/api/v1/rejections?page=1&pageSize=20');

    act(() => void services.i18n.changeLanguage('en'));
    expect(within(row).getByText('Commercial advertising')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Reason' })).toBeTruthy();
  });

  it('pages through the log with links', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/rejections': [{ body: aPage([aRejection()], { page: 2, total: 41 }) }] });
    renderApp({ path: '/rejections?page=2' });

    await screen.findByTestId('rejection');
    expect(callsTo('GET /api/v1/rejections')[0]?.url).toBe('/api/v1/rejections?page=2&pageSize=20');
    const pages = screen.getByRole('navigation', { name: '分頁' });
    expect(within(pages).getByRole('link', { name: '上一頁' }).getAttribute('href')).toBe('/rejections');
    expect(within(pages).getByRole('link', { name: '第 3 頁' }).getAttribute('href')).toBe('/rejections?page=3');
  });

  it('says so when nothing has been rejected', async () => {
    stubApi({ 'GET /api/v1/rejections': [{ body: aPage([]) }] });
    renderApp({ path: '/rejections' });
    expect(await screen.findByText('目前沒有不予處理的提議。')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the error state', async () => {
    stubApi({ 'GET /api/v1/rejections': [apiError(500, 'internal_error', '系統錯誤')] });
    renderApp({ path: '/rejections' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入不予處理紀錄，請稍後再試。');
  });

  it('is reachable from the header navigation', async () => {
    stubApi({ 'GET /api/v1/rejections': [{ body: aPage([]) }], 'GET /api/v1/proposals?': [{ body: aPage([]) }] });
    const { router } = renderApp();
    const nav = screen.getByRole('navigation', { name: '主選單' });

    fireEvent.click(within(nav).getByRole('link', { name: '瀏覽提議' }));
    expect(router.state.location.pathname).toBe('/proposals');
    expect(await screen.findByText('目前還沒有公開的提議。')).toBeTruthy();

    fireEvent.click(within(nav).getByRole('link', { name: '不予處理紀錄' }));
    expect(router.state.location.pathname).toBe('/rejections');
    expect(within(nav).getByRole('link', { name: '不予處理紀錄' }).getAttribute('aria-current')).toBe('page');
  });
});
