import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/render-app';
import { apiError, stubApi } from '../../proposals/testing/proposal-fixtures';
import type { OpenDataCatalogue } from '../api/open-data-api';

const catalogue: OpenDataCatalogue = {
  version: '1.0.0',
  licence: { name: { 'zh-TW': '政府資料開放授權條款－第1版', en: 'Open Government Data License, version 1.0' }, url: 'https://data.gov.tw/license' },
  datasets: [
    {
      id: 'proposals',
      title: { 'zh-TW': '提議', en: 'Proposals' },
      description: { 'zh-TW': '所有公開的提議。', en: 'Every public proposal.' },
      formats: { csv: '/api/v1/open-data/proposals.csv', json: '/api/v1/open-data/proposals.json' },
      columns: [
        { name: 'id', type: 'uuid', description: { 'zh-TW': '提議編號', en: 'Proposal id' } },
        { name: 'cosign_count', type: 'integer', description: { 'zh-TW': '附議數', en: 'Co-sign count' } },
      ],
    },
  ],
};

describe('open data page', () => {
  it('shows the licence and each dataset with downloads and its column dictionary', async () => {
    stubApi({ 'GET /api/v1/open-data': [{ body: catalogue }] });
    const { services } = renderApp({ path: '/open-data' });

    const licence = await screen.findByTestId('licence');
    const link = within(licence).getByRole('link', { name: '政府資料開放授權條款－第1版' });
    expect(link.getAttribute('href')).toBe('https://data.gov.tw/license');
    const dataset = screen.getByTestId('dataset');
    expect(within(dataset).getByRole('link', { name: '下載提議（CSV）' }).getAttribute('href')).toBe('/api/v1/open-data/proposals.csv');
    expect(within(dataset).getByRole('link', { name: '下載提議（JSON）' }).getAttribute('href')).toBe('/api/v1/open-data/proposals.json');
    expect(within(dataset).getByRole('table', { name: '提議的欄位說明' })).toBeTruthy();
    expect(
      within(dataset)
        .getAllByTestId('dataset-column')
        .map((row) => row.textContent),
    ).toEqual(['iduuid提議編號', 'cosign_countinteger附議數']);

    act(() => void services.i18n.changeLanguage('en'));
    expect(within(licence).getByRole('link', { name: 'Open Government Data License, version 1.0' })).toBeTruthy();
    expect(within(dataset).getByRole('link', { name: 'Download Proposals (CSV)' })).toBeTruthy();
    expect(within(dataset).getByText('Co-sign count')).toBeTruthy();
  }, 20_000);

  it('says so when no dataset is published, and shows errors', async () => {
    stubApi({ 'GET /api/v1/open-data': [{ body: { ...catalogue, datasets: [] } }] });
    const first = renderApp({ path: '/open-data' });
    expect(await screen.findByText('目前沒有開放的資料集。')).toBeTruthy();
    first.unmount();

    stubApi({ 'GET /api/v1/open-data': [apiError(500, 'internal_error', '系統錯誤')] });
    renderApp({ path: '/open-data' });
    expect((await screen.findByRole('alert')).textContent).toContain('無法載入開放資料目錄');
  });
});
