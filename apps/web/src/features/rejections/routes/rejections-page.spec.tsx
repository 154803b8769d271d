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

  it('lists invalidated co-signs of every proposal below, without identities, and a domain only for disposable mail', async () => {
    const line = (overrides: Record<string, unknown>) => ({
      id: 'inv-1', proposalId: '00000000-0000-4000-8000-000000000001', proposalTitle: '增設自行車道', invalidatedAt: '2026-04-20T03:00:00.000Z',
      invalidated: 77, reason: 'automated_signups', note: '同一網段自動化附議。', domain: null, belowThresholdAfterReaching: true, ...overrides,
    });
    stubApi({
      'GET /api/v1/rejections': [{ body: aPage([]) }],
      'GET /api/v1/cosign-invalidations': [{ body: aPage([line({}), line({ id: 'inv-2', reason: 'disposable_domain', domain: 'mailinator.com', invalidated: 5, belowThresholdAfterReaching: false })]) }],
    });
    renderApp({ path: '/rejections' });
    const entries = await screen.findAllByTestId('invalidation-log-entry');
    expect(within(screen.getByTestId('invalidation-log')).getByRole('heading', { name: '無效附議處理紀錄' })).toBeTruthy();
    expect(entries.map((e) => [...e.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent))).toEqual([
      ['增設自行車道', '77 份附議', '自動化程式附議'],
      ['增設自行車道', '5 份附議', '拋棄式電子郵件網域 (mailinator.com)'],
    ]);
    expect(within(entries[0] as HTMLElement).getByRole('link', { name: '增設自行車道' }).getAttribute('href')).toBe('/proposals/00000000-0000-4000-8000-000000000001');
    expect(entries[0]?.textContent).toContain('目前附議數已低於門檻');
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
