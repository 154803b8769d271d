import type { Browser, Page } from 'playwright-core';
import { baseUrl } from '../support/e2e-environment';
import { VIEWPORTS, keepScreenshot, launchBrowser } from '../support/browser';

interface PlanFromApi {
  code: string;
  areas: { title: { 'zh-TW': string; en: string } }[];
}

describe('home page', () => {
  let browser: Browser;
  let page: Page;
  let plans: PlanFromApi[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const response = await fetch(`${baseUrl()}/api/v1/action-plans`);
    plans = ((await response.json()) as { items: PlanFromApi[] }).items;
  });
  afterAll(() => browser.close());

  beforeEach(async () => {
    page = await browser.newPage({ viewport: VIEWPORTS.desktop, locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
  });
  afterEach(() => page.close());

  it('renders the action plan areas that the API serves, in Traditional Chinese by default', async () => {
    expect(plans.map((p) => p.code)).toEqual(['nap-1']);
    await page.goto(baseUrl());
    const areas = page.getByTestId('area');
    await areas.first().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-TW');
    expect((await areas.allInnerTexts()).map((t) => t.trim())).toEqual(plans[0]?.areas.map((a) => a.title['zh-TW']));
    await keepScreenshot(page, 'home-desktop-zh-TW');
  });

  it('switches to English, including the data from the API, and remembers the choice', async () => {
    await page.goto(baseUrl());
    await page.getByTestId('area').first().waitFor();
    await page.getByLabel(/語言|Language/).selectOption('en');
    const expected = plans[0]?.areas.map((a) => a.title.en) ?? [];
    await page.getByTestId('action-plan').getByText(expected[0] ?? '(none)').waitFor();
    expect((await page.getByTestId('area').allInnerTexts()).map((t) => t.trim())).toEqual(expected);
    await page.reload();
    await page.getByTestId('action-plan').getByText(expected[0] ?? '(none)').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows the last worker heartbeat at once, then newer ones pushed live over socket.io', async () => {
    await page.goto(baseUrl());
    const heartbeat = page.getByTestId('worker-heartbeat').locator('time');
    // The gateway sends the last heartbeat on connect, so it shows without waiting for a beat.
    await heartbeat.waitFor({ timeout: 5_000 });
    const at = await heartbeat.getAttribute('datetime');
    expect(Date.now() - new Date(at ?? 0).getTime()).toBeLessThan(60_000);
    // The worker's scheduler beats every 15 s: a newer one must arrive without reloading.
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="worker-heartbeat"] time')?.getAttribute('datetime') !== previous,
      at,
      { timeout: 25_000 },
    );
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(baseUrl());
    await page.getByTestId('area').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await keepScreenshot(page, 'home-phone-zh-TW');
  });

  it('answers an unknown page with the app’s own not-found page and a way home', async () => {
    const response = await page.goto(`${baseUrl()}/no/such/page`);
    expect(response?.status()).toBe(200);
    await page.getByRole('link', { name: /首頁|home/i }).first().waitFor();
    expect(await page.title()).not.toBe('');
  });
});
