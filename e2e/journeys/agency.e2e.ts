import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';

const TITLE = '公開各部會補助款核銷資料';

describe('agency officer: answering a routed proposal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let routed: RoutedRequest;

  beforeAll(async () => {
    browser = await launchBrowser();
    routed = await insertRoutedRequest(databaseUrl(), TITLE);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'agency_officer', agencyId: routed.agencyId }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/agency`, 'check-agency', {
      ready: (p) => p.getByTestId('agency-request').first().waitFor(),
    });
  });

  it('answers point by point and the answer is stored as written', async () => {
    await useLanguage(page, 'zh-TW');
    await page.goto(`${baseUrl()}/agency`);
    const request = page.getByTestId('agency-request').filter({ hasText: TITLE });
    await request.getByRole('button', { name: '逐點回應' }).click();
    await request.getByRole('button', { name: '新增一點' }).click();
    const points = request.getByTestId('response-point');
    await points.nth(0).getByLabel('標題（選填）').fill('一、辦理現況');
    await points.nth(0).getByLabel('回應內容').fill('本部已於網站公開近三年核銷資料。');
    await points.nth(1).getByLabel('回應內容').fill('將於明年起按季更新。');
    await request.getByRole('button', { name: '預覽' }).click();
    await request.getByTestId('response-preview').getByText('將於明年起按季更新。').waitFor();
    await request.getByRole('button', { name: '送出回應' }).click();
    await page.getByRole('dialog', { name: '確定要公開這份回應嗎？' }).getByRole('button', { name: '確定公開' }).click();
    await request.getByText('已回應').waitFor();

    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const rows = await client.query<{ points: unknown }>('SELECT points FROM agency_responses WHERE request_id = $1', [routed.requestId]);
      expect(rows.rows[0]?.points).toEqual([
        { heading: '一、辦理現況', body: '本部已於網站公開近三年核銷資料。' },
        { heading: null, body: '將於明年起按季更新。' },
      ]);
    } finally {
      await client.end();
    }
  });
});
