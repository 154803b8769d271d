import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { someStats } from '../testing/stats-fixtures';

/** Each table row as [row header, ...cells], as a screen reader would read it. */
// Plain selectors rather than role queries: the SVG drawings make role queries slow in jsdom.
const tableOf = (chartId: string): string[][] =>
  [...screen.getByTestId(`chart-${chartId}`).querySelectorAll('table tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );

const headersOf = (chartId: string): string[] =>
  [...screen.getByTestId(`chart-${chartId}`).querySelectorAll('table thead th')].map((header) => header.textContent ?? '');

/** Rendering seven recharts drawings in jsdom takes a few seconds on a busy machine. */
const SLOW = 30_000;

describe('statistics page', () => {
  it('gives every chart a caption, a hidden drawing and a table of the same numbers', async () => {
    const { callsTo } = stubApi({ 'GET /api/v1/stats': [{ body: someStats() }] });
    renderApp({ path: '/stats' });

    expect(await screen.findByRole('heading', { level: 2, name: '各階段提議數' })).toBeTruthy();
    expect(callsTo('GET /api/v1/stats')).toHaveLength(1);
    const ids = ['by-stage', 'by-area', 'threshold-reach', 'median-days', 'cosign-curves', 'agency-on-time', 'completion-by-area'];
    for (const id of ids) {
      const figure = screen.getByTestId(`chart-${id}`);
      expect(figure.tagName).toBe('FIGURE');
      expect(figure.querySelector('figcaption')).toBeTruthy();
      expect(within(figure).getByTestId('chart-drawing').getAttribute('aria-hidden')).toBe('true');
      expect(figure.querySelectorAll('table caption')).toHaveLength(1);
      expect([...figure.querySelectorAll('tbody th')].every((header) => header.getAttribute('scope') === 'row')).toBe(true);
      expect([...figure.querySelectorAll('thead th')].every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    }

    expect(tableOf('by-stage')).toEqual([
      ['附議中', '1,234'],
      ['已成案', '12'],
      ['已採納', '6'],
      ['未達門檻', '310'],
    ]);
    expect(tableOf('by-area')).toEqual([
      ['推動資料開放與資訊公開', '420'],
      ['擴大公共參與機制', '380'],
    ]);
    expect(tableOf('threshold-reach')).toEqual([
      ['公開提議', '1,562'],
      ['達到門檻', '18'],
      ['比例', '1.2%'],
    ]);
    expect(tableOf('median-days')).toEqual([
      ['檢核', '3.5 天', '1,600'],
      ['附議至成案', '21 天', '18'],
      ['推動小組審議', '45.3 天', '9'],
      ['機關回應', '尚無資料', '0'],
    ]);
    expect(headersOf('cosign-curves')).toEqual(['日期', '公開各部會預算資料', '開放公車即時動態']);
    expect(tableOf('cosign-curves')).toEqual([
      ['2026年3月1日', '1,200', '—'],
      ['2026年3月2日', '3,400', '800'],
      ['2026年3月3日', '5,600', '1,500'],
    ]);
    expect(tableOf('agency-on-time')).toEqual([
      ['國家發展委員會', '8', '7', '1', '87.5%', '41.5 天'],
      ['數位發展部', '0', '0', '0', '尚無資料', '尚無資料'],
    ]);
    expect(headersOf('completion-by-area')).toEqual(['範疇', '無證據', '尚未開始', '有限', '大部分完成', '完成', '尚未評估', '合計']);
    expect(tableOf('completion-by-area')).toEqual([['推動資料開放與資訊公開', '0', '1', '1', '2', '1', '0', '5']]);
    expect(screen.getByText('1,562 件公開提議中，18 件達到附議門檻（1.2%）。')).toBeTruthy();
  }, SLOW);

  it('formats numbers and labels for an English reader', async () => {
    stubApi({ 'GET /api/v1/stats': [{ body: someStats({ proposalsByStage: [{ stage: 'open', count: 12345 }] }) }] });
    const { services } = renderApp({ path: '/stats' });
    await screen.findByTestId('chart-by-stage');

    act(() => void services.i18n.changeLanguage('en'));

    expect(tableOf('by-stage')).toEqual([['Open for co-signing', '12,345']]);
    expect(tableOf('median-days')[2]).toEqual(['Task force', '45.3 days', '9']);
    expect(tableOf('cosign-curves')[0]?.[0]).toBe('March 1, 2026');
  }, SLOW);

  it('says so for a chart with no data, without an empty table', async () => {
    stubApi({ 'GET /api/v1/stats': [{ body: someStats({ leadingCosignCurves: [], thresholdReach: { published: 0, reached: 0, share: null } }) }] });
    renderApp({ path: '/stats' });

    const curves = await screen.findByTestId('chart-cosign-curves');
    expect(within(curves).getByText('目前沒有資料。')).toBeTruthy();
    expect(curves.querySelector('table')).toBeNull();
    expect(screen.getByTestId('chart-threshold-reach').querySelector('table')).toBeNull();
    expect(screen.getByTestId('chart-by-stage').querySelector('table')).toBeTruthy();
  }, SLOW);

  it('shows the error state', async () => {
    stubApi({ 'GET /api/v1/stats': [apiError(500, 'internal_error', '系統錯誤')] });
    renderApp({ path: '/stats' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入統計，請稍後再試。');
  });
});
