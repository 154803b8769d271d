import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { answerPointByPoint } from '../support/staff-steps';

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
    await answerPointByPoint(page, request, [
      { heading: '一、辦理現況', body: '本部已於網站公開近三年核銷資料。' },
      { body: '將於明年起按季更新。' },
    ]);

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
