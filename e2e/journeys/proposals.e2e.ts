import type { Browser, Page } from 'playwright-core';
import { insertPublishedProposal, type PublishedProposal } from '../fixtures/published-proposal';
import { VIEWPORTS, keepScreenshot, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';

const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('public proposal pages', () => {
  let browser: Browser;
  let page: Page;
  let proposal: PublishedProposal;

  beforeAll(async () => {
    browser = await launchBrowser();
    proposal = await insertPublishedProposal(databaseUrl(), '公開各部會預算資料視覺化', 42);
  });
  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
  });
  afterEach(() => page.close());

  it('lists the published proposal with its area and progress', async () => {
    await page.goto(`${baseUrl()}/proposals`);
    const item = page.getByTestId('proposal-item').filter({ hasText: proposal.title });
    await item.waitFor();
    await item.getByText('推動資料開放與資訊公開').waitFor();
    expect(await item.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');
    await keepScreenshot(page, 'proposals-desktop-zh-TW');
  });

  it('finds it by a two-character Chinese substring, and keeps the search in the URL', async () => {
    await page.goto(`${baseUrl()}/proposals`);
    await page.getByRole('searchbox').fill('預算');
    await page.getByRole('button', { name: '搜尋' }).click();
    await page.waitForURL(/\?q=%E9%A0%90%E7%AE%97/);
    await page.getByRole('link', { name: proposal.title }).waitFor();

    // The form remounts from the URL's query once the navigation renders; typing before that would be wiped.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="search"]')?.value === '預算');
    await page.getByRole('searchbox').fill('不存在的提議內容');
    await page.getByRole('button', { name: '搜尋' }).click();
    await page.getByText('沒有符合條件的提議。').waitFor();
    await page.getByRole('button', { name: '清除搜尋與篩選' }).click();
    await page.getByRole('link', { name: proposal.title }).waitFor();
  });

  it('opens the proposal page with the progress bar, at desktop and phone width', async () => {
    await page.goto(`${baseUrl()}/proposals`);
    await page.getByRole('link', { name: proposal.title }).click();
    await page.getByRole('heading', { level: 1, name: proposal.title }).waitFor();
    const bar = page.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('42');
    expect(await bar.getAttribute('aria-valuemax')).toBe('5000');
    await page.getByText(/附議還剩/).waitFor();
    expect(await page.getByRole('link', { name: 'https://data.gov.tw/' }).getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await keepScreenshot(page, 'proposal-desktop-zh-TW');

    await page.setViewportSize(VIEWPORTS.phone);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'proposal-phone-zh-TW');
  });

  it('asks for confirmation before co-signing and sends a signed-out reader to log in', async () => {
    await page.goto(`${baseUrl()}/proposals/${proposal.id}`);
    await page.getByRole('button', { name: '我要附議' }).click();
    const dialog = page.getByRole('dialog', { name: '確認附議' });
    await dialog.getByText('附議送出後無法撤回').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.setViewportSize(VIEWPORTS.phone);
    await page.getByRole('button', { name: '我要附議' }).click();
    await dialog.getByRole('textbox').fill('支持，希望盡快推動。');
    await keepScreenshot(page, 'cosign-dialog-phone-zh-TW');
    await dialog.getByRole('button', { name: '確認附議' }).click();
    await page.getByRole('alert').getByRole('link', { name: '前往登入' }).waitFor();
  });

  it('shows the rejection log, empty or not (other journeys may have rejected proposals), fitting a phone screen', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${baseUrl()}/rejections`);
    await page.getByText('目前沒有不予處理的提議。').or(page.getByTestId('rejection').first()).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'rejections-phone-zh-TW');

    await page.goto(`${baseUrl()}/proposals`);
    await page.getByTestId('proposal-item').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'proposals-phone-zh-TW');
  });
});
