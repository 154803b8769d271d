import { act, fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { aPage, apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import type { AgencyRequest, ResponsivenessRow } from '../api/agencies-api';

const row = (code: string, zh: string, en: string, overrides: Partial<ResponsivenessRow> = {}): ResponsivenessRow => ({
  agency: { id: `id-${code}`, code, name: { 'zh-TW': zh, en } },
  requests: 10,
  answered: 8,
  onTime: 6,
  late: 2,
  overdueNow: 1,
  pending: 1,
  onTimeRate: 0.667,
  medianDaysToRespond: 40,
  ...overrides,
});

const rows = [
  row('moda', '數位發展部', 'Ministry of Digital Affairs', { onTimeRate: 0.9, medianDaysToRespond: 30.5, requests: 4, overdueNow: 0 }),
  row('ndc', '國家發展委員會', 'National Development Council', { onTimeRate: 0.5, medianDaysToRespond: 58, requests: 12, overdueNow: 3 }),
  row('moi', '內政部', 'Ministry of the Interior', { onTimeRate: null, medianDaysToRespond: null, requests: 1, answered: 0, overdueNow: 0 }),
];

const agencyNames = () => screen.getAllByTestId('responsiveness-row').map((tr) => within(tr).getByRole('rowheader').textContent);

describe('agency responsiveness table', () => {
  it('lists on-time rate and median days, best on-time rate first, agencies without a record last', async () => {
    stubApi({ 'GET /api/v1/agencies/responsiveness': [{ body: rows }] });
    renderApp({ path: '/agencies' });

    await screen.findAllByTestId('responsiveness-row');
    expect(agencyNames()).toEqual(['數位發展部', '國家發展委員會', '內政部']);
    const [first, , last] = screen.getAllByTestId('responsiveness-row');
    expect(within(first as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4 件（已回應 8 件）', '90%', '30.5 天', '0']);
    expect(within(last as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1 件（已回應 0 件）', '尚無紀錄', '尚無紀錄', '0']);
    expect(within(first as HTMLElement).getByRole('link').getAttribute('href')).toBe('/agencies/id-moda');
    expect(screen.getByRole('columnheader', { name: /準時回應比率/ }).getAttribute('aria-sort')).toBe('descending');
  }, 20_000);

  it('sorts by any column with the keyboard-reachable header buttons, both ways', async () => {
    stubApi({ 'GET /api/v1/agencies/responsiveness': [{ body: rows }] });
    const { services } = renderApp({ path: '/agencies' });
    await screen.findAllByTestId('responsiveness-row');

    fireEvent.click(screen.getByRole('button', { name: /回應天數中位數/ }));
    expect(agencyNames()).toEqual(['數位發展部', '國家發展委員會', '內政部']);
    expect(screen.getByRole('columnheader', { name: /回應天數中位數/ }).getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(screen.getByRole('button', { name: /回應天數中位數/ }));
    expect(agencyNames()).toEqual(['國家發展委員會', '數位發展部', '內政部']);
    expect(screen.getByRole('columnheader', { name: /準時回應比率/ }).getAttribute('aria-sort')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /目前逾期/ }));
    expect(agencyNames()).toEqual(['國家發展委員會', '內政部', '數位發展部']);

    fireEvent.click(screen.getByRole('button', { name: /回應請求/ }));
    expect(agencyNames()).toEqual(['國家發展委員會', '數位發展部', '內政部']);

    act(() => void services.i18n.changeLanguage('en'));
    fireEvent.click(screen.getByRole('button', { name: /Agency/ }));
    expect(agencyNames()).toEqual(['Ministry of Digital Affairs', 'Ministry of the Interior', 'National Development Council']);
  }, 20_000);

  it('says so when no agency has been asked yet, and shows errors', async () => {
    stubApi({ 'GET /api/v1/agencies/responsiveness': [{ body: [] }] });
    const first = renderApp({ path: '/agencies' });
    expect(await screen.findByText('目前沒有任何機關收到回應請求。')).toBeTruthy();
    first.unmount();

    stubApi({ 'GET /api/v1/agencies/responsiveness': [apiError(500, 'internal_error', '系統錯誤')] });
    renderApp({ path: '/agencies' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入機關回應情形');
  });
});

const aRequest = (overrides: Partial<AgencyRequest> = {}): AgencyRequest => ({
  id: 'r1',
  proposalId: 'p1',
  proposalTitle: '公開各部會預算資料',
  agencyId: 'id-ndc',
  requestedAt: '2026-01-01T02:00:00.000Z',
  dueAt: '2026-03-02T02:00:00.000Z',
  status: 'requested',
  timeliness: 'overdue',
  flaggedOverdue: true,
  extensionCount: 1,
  ...overrides,
});

describe('one agency’s requests', () => {
  it('lists the routed requests with due date, status, overdue and extended flags', async () => {
    const { callsTo } = stubApi({
      'GET /api/v1/agencies/id-ndc/requests': [{ body: aPage([aRequest(), aRequest({ id: 'r2', proposalTitle: '開放公車動態', timeliness: 'on_time', status: 'answered', flaggedOverdue: false, extensionCount: 0 })]) }],
      'GET /api/v1/agencies': [{ body: [rows[1]?.agency] }],
    });
    renderApp({ path: '/agencies/id-ndc' });

    const [first, second] = await screen.findAllByTestId('agency-request');
    expect(within(first as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2026年3月2日', '已逾期', '曾標示逾期、已展延 1 次']);
    expect(within(second as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2026年3月2日', '準時回應', '—']);
    expect(within(first as HTMLElement).getByRole('link').getAttribute('href')).toBe('/proposals/p1');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('國家發展委員會');
    expect(callsTo('GET /api/v1/agencies/id-ndc/requests')[0]?.url).toBe('/api/v1/agencies/id-ndc/requests?page=1&pageSize=20');
  });

  it('says so when the agency has no requests', async () => {
    stubApi({ 'GET /api/v1/agencies/id-ndc/requests': [{ body: aPage([]) }], 'GET /api/v1/agencies': [{ body: [] }] });
    renderApp({ path: '/agencies/id-ndc' });
    expect(await screen.findByText('這個機關目前沒有回應請求。')).toBeTruthy();
  });
});
