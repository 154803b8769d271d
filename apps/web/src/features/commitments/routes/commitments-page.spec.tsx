import { act, screen, within } from '@testing-library/react';
import { anActionPlan, anActionPlanList } from '../../../test/factories';
import { renderApp } from '../../../test/render-app';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { aCommitmentSummary } from '../testing/commitment-fixtures';

const planCommitments = {
  planCode: 'nap-1',
  items: [
    aCommitmentSummary({ id: 'c1', code: '1-1', title: { 'zh-TW': '資料開放諮詢', en: 'Open data advice' } }),
    aCommitmentSummary({ id: 'c2', origin: 'citizen_proposal', sourceProposalId: 'p9', title: { 'zh-TW': '公開預算資料', en: 'Open budget data' }, tracking: 'closed' }),
    aCommitmentSummary({ id: 'c3', areaCode: 'participation', origin: 'civil_member', title: { 'zh-TW': '擴大參與', en: 'Wider participation' } }),
  ],
};

describe('commitments tracker', () => {
  it('shows plan → areas → commitments with origin, tracking and milestones', async () => {
    const { callsTo } = stubApi({
      'GET /api/v1/action-plans/nap-1/commitments': [{ body: planCommitments }],
      'GET /api/v1/action-plans/nap-1': [{ body: anActionPlan() }],
    });
    const { services } = renderApp({ path: '/commitments' });

    const areas = await screen.findAllByTestId('commitment-area');
    expect(areas.map((area) => within(area).getByRole('heading', { level: 2 }).textContent)).toEqual(['推動資料開放與資訊公開 （2 項）', '擴大公共參與機制 （1 項）']);
    const [first, second] = within(areas[0] as HTMLElement).getAllByTestId('commitment-item');
    expect(within(first as HTMLElement).getByRole('link').textContent).toBe('1-1資料開放諮詢');
    expect(within(first as HTMLElement).getByRole('link').getAttribute('href')).toBe('/commitments/c1');
    expect(within(first as HTMLElement).getByText('里程碑完成 1／4')).toBeTruthy();
    expect(within(second as HTMLElement).getByTestId('commitment-origin').textContent).toBe('民眾提議');
    expect(within(second as HTMLElement).getByTestId('commitment-tracking').textContent).toBe('解除列管');
    expect(within(second as HTMLElement).getByRole('link', { name: '查看來源提議' }).getAttribute('href')).toBe('/proposals/p9');

    const summary = screen.getByTestId('origin-summary');
    expect(within(summary).getByRole('heading').textContent).toBe('共 3 項承諾事項的來源');
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['政府提出: 1 項', '民眾提議: 1 項', '推動小組民間委員提出: 1 項']);
    expect(callsTo('GET /api/v1/action-plans/nap-1/commitments')).toHaveLength(1);

    act(() => void services.i18n.changeLanguage('en'));
    expect(screen.getByRole('link', { name: '1-1Open data advice' })).toBeTruthy();
    expect(screen.getAllByText('Still tracked')).toHaveLength(2);
  }, 20_000);

  it('uses the plan’s own origin summary when the API gives one', async () => {
    stubApi({
      'GET /api/v1/action-plans/nap-1/commitments': [{ body: planCommitments }],
      'GET /api/v1/action-plans/nap-1': [{ body: { ...anActionPlan(), originSummary: { counts: { government: 12, citizen_proposal: 6, civil_member: 1 }, source: { 'zh-TW': '計有政府提案 12 項', en: '12 from government' } } } }],
    });
    renderApp({ path: '/commitments' });

    const summary = await screen.findByTestId('origin-summary');
    await within(summary).findByText('共 19 項承諾事項的來源');
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['政府提出: 12 項', '民眾提議: 6 項', '推動小組民間委員提出: 1 項']);
  });

  it('switches plans with the plan picker in the address', async () => {
    const second = anActionPlan({ code: 'nap-2', title: { 'zh-TW': '第二期開放政府國家行動方案', en: 'Second plan' }, phase: 'in_progress' });
    const { callsTo } = stubApi({
      'GET /api/v1/action-plans': [{ body: anActionPlanList([second, anActionPlan()]) }],
      'GET /api/v1/action-plans/nap-1/commitments': [{ body: planCommitments }],
      'GET /api/v1/action-plans/nap-1': [{ body: anActionPlan() }],
    });
    renderApp({ path: '/commitments?plan=nap-1' });

    await screen.findAllByTestId('commitment-item');
    const picker = screen.getByRole('navigation', { name: '選擇國家行動方案' });
    expect(within(picker).getByRole('link', { name: '第一期開放政府國家行動方案' }).getAttribute('aria-current')).toBe('page');
    expect(within(picker).getByRole('link', { name: '第二期開放政府國家行動方案' }).getAttribute('href')).toBe('/commitments?plan=nap-2');
    expect(callsTo('GET /api/v1/action-plans/nap-2')).toHaveLength(0);
  });

  it('says so when a plan has no commitments, and shows errors', async () => {
    stubApi({
      'GET /api/v1/action-plans/nap-1/commitments': [{ body: { planCode: 'nap-1', items: [] } }],
      'GET /api/v1/action-plans/nap-1': [apiError(500, 'internal_error', '系統錯誤')],
    });
    renderApp({ path: '/commitments' });
    expect(await screen.findByText('此行動方案尚未列出承諾事項。')).toBeTruthy();
    expect(screen.queryByTestId('origin-summary')).toBeNull();
  });

  it('shows the error state when the commitments cannot be loaded', async () => {
    stubApi({
      'GET /api/v1/action-plans/nap-1/commitments': [apiError(503, 'service_unavailable', '服務暫時無法使用')],
      'GET /api/v1/action-plans/nap-1': [{ body: anActionPlan() }],
    });
    renderApp({ path: '/commitments' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入承諾事項，請稍後再試。');
  });
});
