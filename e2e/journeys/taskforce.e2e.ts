import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { insertReviewItem } from '../fixtures/review-item';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { adoptAsCommitment } from '../support/staff-steps';

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
    await adoptAsCommitment(page, item, {
      government: { for: 5, against: 0, abstain: 1 },
      civil: { for: 6, against: 1, abstain: 0 },
      commitmentTitle: '會議紀錄公開平台',
      commitmentDescription: '各機關會議紀錄於會後十四日內公開於單一平台。',
      rationale: '民間與政府代表多數贊成。',
    });

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
