import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { setCosignThreshold } from '../support/staff-steps';

const query = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

describe('admin: participation cycle settings', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let original: { threshold: number };

  beforeAll(async () => {
    browser = await launchBrowser();
    [original] = await query<{ threshold: number }>('SELECT threshold FROM participation_cycles WHERE is_current');
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'admin' }]);
    page = await context.newPage();
    // The page checks leave English remembered in this context; the journey reads Chinese.
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    // Other journeys show progress towards the seeded threshold.
    await query('UPDATE participation_cycles SET threshold = $1 WHERE is_current', [original.threshold]);
    await context?.close();
    await browser?.close();
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/admin`, 'check-admin', {
      ready: (p) => p.locator('form.staff-form input').first().waitFor(),
    });
  });

  it('lowers the co-sign threshold after confirming, and the change is audited', async () => {
    await setCosignThreshold(page, baseUrl(), original.threshold - 500);

    const [cycle] = await query<{ threshold: number }>('SELECT threshold FROM participation_cycles WHERE is_current');
    expect(cycle?.threshold).toBe(original.threshold - 500);
    const audit = await query<{ action: string }>(`SELECT action FROM audit_log WHERE action = 'participation_cycle.change_settings'`);
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('shows a citizen no settings', async () => {
    const citizen = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    try {
      await signInStaff(citizen, baseUrl(), databaseUrl(), []);
      const other = await citizen.newPage();
      await other.goto(`${baseUrl()}/admin`);
      await other.getByText('您的帳號沒有使用此頁面的權限。', { exact: false }).waitFor();
      expect(await other.getByLabel('附議門檻（人）').count()).toBe(0);
    } finally {
      await citizen.close();
    }
  });
});
