import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { insertReviewItem } from '../fixtures/review-item';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';

const TITLE = '建立各機關會議紀錄公開平台';

describe('task force: deciding a routed proposal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let routed: RoutedRequest;

  beforeAll(async () => {
    browser = await launchBrowser();
    routed = await insertRoutedRequest(databaseUrl(), TITLE);
    await insertReviewItem(databaseUrl(), routed.proposalId);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'task_force_member', side: 'civil', role: 'convener' }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/taskforce`, 'check-taskforce', {
      ready: (p) => p.getByTestId('inbox-item').first().waitFor(),
    });
  });

  it('adopts the proposal with votes by side, creating a commitment', async () => {
    await useLanguage(page, 'zh-TW');
    await page.goto(`${baseUrl()}/taskforce`);
    const item = page.getByTestId('inbox-item').filter({ hasText: TITLE });
    await item.getByRole('button', { name: '決議' }).click();
    const government = item.getByRole('group', { name: '政府代表表決' });
    const civil = item.getByRole('group', { name: '民間代表表決' });
    await government.getByLabel('贊成').fill('5');
    await government.getByLabel('棄權').fill('1');
    await civil.getByLabel('贊成').fill('6');
    await civil.getByLabel('反對').fill('1');
    const area = item.getByLabel('領域');
    await area.locator('option').nth(1).waitFor({ state: 'attached' });
    await area.selectOption({ index: 1 });
    await item.getByLabel('承諾事項名稱（中文）').fill('會議紀錄公開平台');
    await item.getByLabel('內容說明（中文）').fill('各機關會議紀錄於會後十四日內公開於單一平台。');
    await item.getByLabel('公開說明（選填）').fill('民間與政府代表多數贊成。');
    await item.getByRole('button', { name: '送出決議' }).click();
    await page.getByRole('dialog', { name: '確定要送出這項決議嗎？' }).getByRole('button', { name: '確定送出' }).click();
    await item.waitFor({ state: 'detached' });

    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const proposal = await client.query<{ status: string }>('SELECT status FROM proposals WHERE id = $1', [routed.proposalId]);
      expect(proposal.rows[0]?.status).toBe('adopted');
      const decision = await client.query<{ outcome: string; government_for: number; government_abstain: number; civil_for: number; civil_against: number }>(
        'SELECT outcome, government_for, government_abstain, civil_for, civil_against FROM taskforce_decisions WHERE proposal_id = $1',
        [routed.proposalId],
      );
      expect(decision.rows).toEqual([{ outcome: 'adopt', government_for: 5, government_abstain: 1, civil_for: 6, civil_against: 1 }]);
    } finally {
      await client.end();
    }
  });
});
