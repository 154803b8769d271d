import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { insertReviewItem } from '../fixtures/review-item';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { useLanguage } from '../support/page-checks';
import { sql } from '../support/sql';

const TITLE = `即時通知測試提議 ${Date.now().toString(36)}`;
const FOLLOW = '追蹤此提議';

describe('a follower hears of a proposal’s news live', () => {
  let browser: Browser;
  let citizen: BrowserContext;
  let taskforce: BrowserContext;
  let page: Page;
  let routed: RoutedRequest;
  let reviewItemId: string;
  let citizenId: string;

  const followButton = () => page.getByRole('button', { name: FOLLOW });
  const pressed = async (): Promise<string | null> => {
    await followButton().waitFor();
    return followButton().getAttribute('aria-pressed');
  };
  const follows = async (): Promise<number> =>
    (await sql('SELECT 1 FROM proposal_follows WHERE user_id = $1 AND proposal_id = $2', [citizenId, routed.proposalId])).length;

  beforeAll(async () => {
    browser = await launchBrowser();
    routed = await insertRoutedRequest(databaseUrl(), TITLE);
    reviewItemId = await insertReviewItem(databaseUrl(), routed.proposalId);
    citizen = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    citizenId = await signInStaff(citizen, baseUrl(), databaseUrl(), []);
    // Following needs a verified email (DOMAIN.md); the verification flow has its own journey.
    await sql('UPDATE users SET email_verified_at = now() WHERE id = $1', [citizenId]);
    taskforce = await browser.newContext();
    await signInStaff(taskforce, baseUrl(), databaseUrl(), [{ kind: 'task_force_member', side: 'civil', role: 'member' }]);
    page = await citizen.newPage();
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    await citizen?.close();
    await taskforce?.close();
    await browser?.close();
  });

  it('toggles following on the proposal page, and the choice survives a reload', async () => {
    await page.goto(`${baseUrl()}/proposals/${routed.proposalId}`);
    expect(await pressed()).toBe('false');
    await followButton().click();
    await page.waitForFunction(() => document.querySelector('button[aria-pressed="true"]') !== null);
    expect(await follows()).toBe(1);
    await page.reload();
    expect(await pressed()).toBe('true');

    await followButton().click();
    await page.waitForFunction(() => document.querySelector('button[aria-pressed="false"]') !== null);
    await page.reload();
    expect(await pressed()).toBe('false');
    expect(await follows()).toBe(0);

    await followButton().click();
    await page.waitForFunction(() => document.querySelector('button[aria-pressed="true"]') !== null);
    expect(await follows()).toBe(1);
  });

  it('shows the decision on the notifications page as it happens, without a reload', async () => {
    await page.goto(`${baseUrl()}/me/notifications`);
    await page.getByRole('heading', { name: '通知', level: 1 }).waitFor();
    await page.locator('[data-testid="notification"], .state--empty').first().waitFor();
    // A reload or navigation would drop this marker.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    expect(await page.getByTestId('notification').filter({ hasText: TITLE }).count()).toBe(0);

    // The task force decides the followed proposal, elsewhere.
    const csrf = (await taskforce.cookies()).find((c) => c.name === 'op_csrf')?.value ?? '';
    const decided = await taskforce.request.post(`${baseUrl()}/api/v1/taskforce/review-items/${reviewItemId}/decision`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { outcome: 'refer', votes: { government: { for: 3, against: 0, abstain: 0 }, civil: { for: 5, against: 1, abstain: 0 } } },
    });
    expect(decided.status()).toBe(200);

    const arrived = page.getByTestId('notification').filter({ hasText: `推動小組已就「${TITLE}」作出決定。` });
    await arrived.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await page.getByTestId('unread-badge').waitFor();
  });
});
