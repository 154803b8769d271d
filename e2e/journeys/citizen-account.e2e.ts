import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertPublishedProposal, type PublishedProposal } from '../fixtures/published-proposal';
import { VIEWPORTS, keepScreenshot, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { cosignThroughDialog, verifyEmailWithCode, verifyPhoneWithCode } from '../support/citizen-steps';
import { readCodeFromOutbox } from '../support/dev-outbox';
import { checkPageInBothLanguages } from '../support/page-checks';

const PASSWORD = 'open government 2026';

/**
 * A citizen's way in and their first proposal: register, verify email and phone with codes from
 * the dev outbox, log out and in, write a proposal in the wizard, submit it, see it in review.
 * The steps share one browser context (one session), so they run in order.
 */
describe('a citizen registers, verifies and submits a proposal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let published: PublishedProposal;
  const stamp = Date.now();
  const email = `citizen-${stamp}@example.tw`;
  const phone = `+8869${String(stamp).slice(-8)}`;
  const title = '公開各級政府採購與決標資料';
  let editUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    published = await insertPublishedProposal(databaseUrl(), '公開各級政府採購資料', 3);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('registers and verifies the email, then a phone number, with codes from the dev outbox', async () => {
    await page.goto(`${baseUrl()}/register`);
    await page.getByLabel('顯示名稱', { exact: true }).fill('陳小花');
    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    await page.getByLabel('新密碼', { exact: true }).fill('short');
    await page.getByText('至少 12 個字元').waitFor();
    await page.getByLabel('新密碼', { exact: true }).fill(PASSWORD);
    const sentAt = new Date();
    await page.getByRole('button', { name: '註冊' }).click();

    await page.waitForURL(/\/verify$/);
    expect(await page.getByTestId('current-tier').textContent()).toContain('尚未驗證');
    await page.getByLabel('電子郵件驗證碼', { exact: true }).fill('000000');
    await page.getByRole('button', { name: '確認驗證碼' }).click();
    await page.getByText('驗證碼錯誤，請再檢查一次。').waitFor();
    await verifyEmailWithCode(page, baseUrl(), email, sentAt);
    expect(await page.getByTestId('current-tier').textContent()).toContain('電子郵件已驗證');
    await verifyPhoneWithCode(page, baseUrl(), phone);
    expect(await page.getByTestId('current-tier').textContent()).toContain('手機已驗證');
    await keepScreenshot(page, 'verify-done-desktop-zh-TW');
  });

  it('logs out, and logging in from a signed-in page returns to it', async () => {
    await page.getByRole('button', { name: /陳小花/ }).click();
    await page.getByRole('button', { name: '登出' }).click();
    await page.getByRole('link', { name: '登入' }).waitFor();

    await page.goto(`${baseUrl()}/me/proposals`);
    await page.waitForURL(/\/login\?next=%2Fme%2Fproposals$/);
    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    await page.getByLabel('密碼', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('密碼', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登入' }).click();
    await page.waitForURL(/\/me\/proposals$/);
    await page.getByText('你還沒有提出任何提議。').waitFor();
  });

  it('writes a proposal: a similar title is hinted, the draft autosaves and survives a reload', async () => {
    await page.getByRole('link', { name: '提出新提議' }).click();
    await page.waitForURL(/\/submit$/);
    await page.getByLabel('標題', { exact: true }).fill(title);

    const hint = page.getByTestId('similar-hints').getByRole('link', { name: new RegExp(published.title) });
    await hint.waitFor();
    expect(await hint.getAttribute('target')).toBe('_blank');
    expect(await hint.getAttribute('href')).toBe(`/proposals/${published.id}`);

    await page.waitForURL(/\/me\/proposals\/[0-9a-f-]{36}\/edit$/);
    editUrl = page.url();
    await page.getByText(/^草稿已於 \d\d:\d\d 儲存$/).waitFor();

    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('現況說明', { exact: true }).fill('各機關採購與決標資料分散於不同系統。');
    await page.getByLabel('具體建議', { exact: true }).fill('以開放格式每日公開採購與決標資料。');
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.ok());
    await page.getByLabel('預期效益', { exact: true }).fill('民眾與媒體更容易監督公共支出。');
    await saved;

    await page.reload();
    expect(await page.getByLabel('標題', { exact: true }).inputValue()).toBe(title);
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await page.getByLabel('預期效益', { exact: true }).inputValue()).toBe('民眾與媒體更容易監督公共支出。');
  });

  it('previews the proposal as it will be published, submits it and sees it in review', async () => {
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('參考連結（選填）', { exact: true }).fill('https://web.pcc.gov.tw/');
    await page.getByRole('button', { name: '下一步' }).click();

    const preview = page.getByTestId('draft-preview');
    await preview.getByRole('heading', { name: title }).waitFor();
    await preview.getByText('以開放格式每日公開採購與決標資料。').waitFor();
    await preview.getByRole('link', { name: 'https://web.pcc.gov.tw/' }).waitFor();
    await keepScreenshot(page, 'submit-preview-desktop-zh-TW');

    await page.getByRole('button', { name: '送出提議' }).click();
    const dialog = page.getByRole('dialog', { name: '確認送出提議' });
    await dialog.getByRole('button', { name: '確認送出' }).click();

    await page.waitForURL(/\/me\/proposals$/);
    await page.getByText(`「${title}」已送出，等待檢核。`).waitFor();
    const item = page.getByTestId('my-proposal').filter({ hasText: title });
    expect(await item.getByTestId('my-status').textContent()).toBe('檢核中');
    await item.getByTestId('review-clock').getByText(/檢核結果預計於/).waitFor();
    await keepScreenshot(page, 'my-proposals-desktop-zh-TW');
  });

  it('co-signs a published proposal and finds it in My co-signs', async () => {
    await page.goto(`${baseUrl()}/proposals/${published.id}`);
    await cosignThroughDialog(page);

    await page.getByRole('button', { name: /陳小花/ }).click();
    await page.getByRole('link', { name: '我的附議' }).click();
    const item = page.getByTestId('my-cosign').filter({ hasText: published.title });
    await item.waitFor();
    expect(await item.getByTestId('my-status').textContent()).toBe('附議中');
  });

  // Each page gets its own test (and timeout): axe, the phone width and four screenshots take a while.
  it('the verification page passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/verify`, 'check-verify', { ready: (p) => p.getByTestId('current-tier').waitFor() });
  });

  it('the wizard passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/submit`, 'check-submit', { ready: (p) => p.locator('#wizard-step-heading').waitFor() });
  });

  it('a submitted proposal’s edit page passes the page checks', async () => {
    await checkPageInBothLanguages(page, editUrl, 'check-edit-submitted', { ready: (p) => p.getByRole('link', { name: /回到我的提議|Back to my proposals/ }).waitFor() });
  });

  it('my proposals passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/me/proposals`, 'check-my-proposals', { ready: (p) => p.getByTestId('my-proposal').first().waitFor() });
  });

  it('my co-signs passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/me/cosigns`, 'check-my-cosigns', { ready: (p) => p.getByTestId('my-cosign').first().waitFor() });
  });
});

describe('visitor account pages', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('resets a forgotten password with the emailed code, then logs in with the new one', async () => {
    const email = `forgetful-${Date.now()}@example.tw`;
    const registered = await page.request.post(`${baseUrl()}/api/v1/accounts`, { data: { email, password: PASSWORD, displayName: '林健忘' } });
    expect(registered.status()).toBe(201);

    await page.goto(`${baseUrl()}/password-reset`);
    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    const sentAt = new Date();
    await page.getByRole('button', { name: '寄送驗證碼' }).click();
    await page.getByLabel('驗證碼', { exact: true }).fill(await readCodeFromOutbox(page.request, baseUrl(), email, sentAt, '重設密碼'));
    await page.getByLabel('新密碼', { exact: true }).fill('a brand new password 7');
    await page.getByRole('button', { name: '設定新密碼' }).click();
    await page.getByRole('link', { name: '前往登入' }).click();

    await page.getByLabel('電子郵件', { exact: true }).fill(email);
    await page.getByLabel('密碼', { exact: true }).fill('a brand new password 7');
    await page.getByRole('button', { name: '登入' }).click();
    await page.getByRole('button', { name: /林健忘/ }).click();
    // Signed out again, so the log-in page below shows its form instead of moving on.
    await page.getByRole('button', { name: '登出' }).click();
    await page.getByRole('link', { name: '登入' }).waitFor();
  });

  // After the journey above: the checks leave the context's remembered language at English.
  it('log in passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/login`, 'check-login', { ready: (p) => p.locator('form').first().waitFor() });
  });

  it('register passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/register`, 'check-register', { ready: (p) => p.locator('form').first().waitFor() });
  });

  it('password reset passes the page checks', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/password-reset`, 'check-password-reset', { ready: (p) => p.locator('form').first().waitFor() });
  });
});
