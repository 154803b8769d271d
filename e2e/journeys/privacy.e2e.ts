import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertPublishedProposal, type PublishedProposal } from '../fixtures/published-proposal';
import { VIEWPORTS, keepScreenshot, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages } from '../support/page-checks';

const PASSWORD = 'privacy journey 2026';

/** Phone verification is covered by the citizen-account journey; here the result is written directly. */
const verifyPhone = async (email: string, phone: string): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query('UPDATE users SET email_verified_at = now(), phone = $2, phone_verified_at = now() WHERE email = $1', [email, phone]);
  } finally {
    await client.end();
  }
};

/**
 * Privacy (個人資料保護法): a citizen co-signs, opens "my account and privacy" from the user menu,
 * and deletes the account. The proposal's count does not move, and the old password opens nothing.
 */
describe('a citizen deletes their account', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let proposal: PublishedProposal;
  const stamp = Date.now();
  const email = `privacy-${stamp}@example.tw`;
  const progress = async (): Promise<string | null> => page.getByRole('progressbar').getAttribute('aria-valuenow');

  beforeAll(async () => {
    browser = await launchBrowser();
    proposal = await insertPublishedProposal(databaseUrl(), '公開個資保護評估報告', 12);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    page = await context.newPage();
    const registered = await page.request.post(`${baseUrl()}/api/v1/accounts`, { data: { email, password: PASSWORD, displayName: '林隱私' } });
    expect(registered.status()).toBe(201);
    await verifyPhone(email, `+8869${String(stamp).slice(-8)}`);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('logs in and co-signs: the count goes from 12 to 13', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('button', { name: /林隱私/ }).waitFor();

    await page.goto(`${baseUrl()}/proposals/${proposal.id}`);
    expect(await progress()).toBe('12');
    await page.getByRole('button', { name: '我要附議' }).click();
    await page.getByRole('dialog', { name: '確認附議' }).getByRole('button', { name: '確認附議' }).click();
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '13');
  });

  it('finds "my account and privacy" in the user menu, with what deletion keeps explained', async () => {
    await page.getByRole('button', { name: /林隱私/ }).click();
    await page.getByRole('link', { name: '我的帳號與隱私' }).click();
    await page.waitForURL(/\/me\/account$/);
    await page.getByRole('heading', { level: 1, name: '我的帳號與隱私' }).waitFor();
    await page.getByText('您的附議會保留為匿名附議，仍計入提議的附議數').waitFor();
    await page.getByText('您的公開留言會保留，顯示為「已刪除的帳號」').waitFor();
    await page.getByRole('button', { name: '下載我的資料' }).waitFor();
    await keepScreenshot(page, 'my-account-desktop-zh-TW');
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/me/account`, 'check-my-account', {
      ready: (p) => p.getByRole('heading', { level: 2, name: /刪除我的帳號|Delete my account/ }).waitFor(),
    });
    // The checks leave English remembered in this context's storage; the journey goes on in Chinese.
    await page.evaluate(() => window.localStorage.setItem('open-proposals.language', 'zh-TW'));
  });

  it('downloads my data as a JSON file', async () => {
    await page.goto(`${baseUrl()}/me/account`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下載我的資料' }).click();
    expect((await download).suggestedFilename()).toMatch(/^open-proposals-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByText('檔案已下載。').waitFor();
  });

  it('refuses a wrong password, then deletes the account after the confirmation dialog', async () => {
    await page.getByLabel('請輸入目前的密碼以確認', { exact: true }).fill('not my password at all');
    await page.getByRole('button', { name: '刪除我的帳號…' }).click();
    let dialog = page.getByRole('dialog', { name: '確定要刪除帳號嗎？' });
    await dialog.getByRole('button', { name: '確定刪除' }).click();
    await page.getByText('密碼不正確，請輸入您目前的密碼。').waitFor();
    await dialog.waitFor({ state: 'detached' });

    await page.getByLabel('請輸入目前的密碼以確認', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '刪除我的帳號…' }).click();
    dialog = page.getByRole('dialog', { name: '確定要刪除帳號嗎？' });
    await keepScreenshot(page, 'delete-account-dialog-desktop-zh-TW');
    await dialog.getByRole('button', { name: '確定刪除' }).click();
    await page.getByRole('heading', { level: 1, name: '帳號已刪除' }).waitFor();
    await page.getByRole('link', { name: '登入' }).waitFor();
  });

  it('leaves the proposal’s count unchanged', async () => {
    await page.goto(`${baseUrl()}/proposals/${proposal.id}`);
    await page.getByRole('heading', { level: 1, name: proposal.title }).waitFor();
    // The first paint may come from the browser's cache of the page's earlier reads (max-age=5); the count then settles.
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '13', undefined, { timeout: 10_000 });
    const settled = await progress();
    await page.waitForTimeout(1_500);
    expect([settled, await progress()]).toEqual(['13', '13']);
  });

  it('no longer lets the old email and password log in', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('alert').getByText('電子郵件或密碼錯誤。').waitFor();
    expect(page.url()).toMatch(/\/login$/);
  });
});
