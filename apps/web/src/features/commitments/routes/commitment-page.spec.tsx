import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import { aCommitmentDetail, AGENCY_ID, COMMITMENT_ID } from '../testing/commitment-fixtures';

const agencies = [{ id: AGENCY_ID, code: 'ndc', name: { 'zh-TW': '國家發展委員會', en: 'National Development Council' } }];

describe('commitment page', () => {
  it('shows origin with the proposal, agencies, milestones, quarterly progress and both assessments', async () => {
    stubApi({ [`GET /api/v1/commitments/${COMMITMENT_ID}`]: [{ body: aCommitmentDetail({ code: '1-3' }) }], 'GET /api/v1/agencies': [{ body: agencies }] });
    const { services } = renderApp({ path: `/commitments/${COMMITMENT_ID}` });

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('1-3建立開放資料諮詢機制');
    const facts = screen.getByTestId('commitment-facts');
    expect(within(facts).getByText('民眾提議')).toBeTruthy();
    expect(within(facts).getByRole('link', { name: '公開各部會預算資料' }).getAttribute('href')).toBe('/proposals/0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e');
    expect((await within(facts).findByRole('link', { name: '國家發展委員會' })).getAttribute('href')).toBe(`/agencies/${AGENCY_ID}`);
    expect(within(facts).getByText('持續列管')).toBeTruthy();
    expect(within(facts).getByText('推動資料開放與資訊公開')).toBeTruthy();

    const milestones = screen.getAllByTestId('milestone');
    expect(within(milestones[0] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2021年12月31日', '已完成', '查看佐證']);
    expect(within(milestones[1] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2022年6月30日', '落後', '—']);

    expect(screen.getAllByTestId('progress-update').map((item) => within(item).getByRole('heading').textContent)).toEqual(['2021-Q4', '2021-Q3']);
    expect(screen.getAllByTestId('progress-update')[0]?.textContent).toContain('完成度：大部分完成');

    const self = screen.getByTestId('assessment-self');
    expect([...self.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['大部分完成', '中等', '些微', '可驗證', '2022年8月1日']);
    expect(within(screen.getByTestId('assessment-irm')).getByText('尚未提出評估。')).toBeTruthy();

    act(() => void services.i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1-3An advisory mechanism for open data');
    expect(within(screen.getByTestId('assessment-self')).getByText('Marginal')).toBeTruthy();
  }, 20_000);

  it('shows a not-found page for an unknown commitment', async () => {
    stubApi({ [`GET /api/v1/commitments/${COMMITMENT_ID}`]: [apiError(404, 'not_found', '找不到')], 'GET /api/v1/agencies': [{ body: agencies }] });
    renderApp({ path: `/commitments/${COMMITMENT_ID}` });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('找不到這個頁面');
  });

  it('shows the error state', async () => {
    stubApi({ [`GET /api/v1/commitments/${COMMITMENT_ID}`]: [apiError(500, 'internal_error', '系統錯誤')] });
    renderApp({ path: `/commitments/${COMMITMENT_ID}` });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入這項承諾事項，請稍後再試。');
  });
});
