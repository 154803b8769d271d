import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInStaff, type StaffRole } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';

const ALL = ['提議檢核', '推動小組', '機關承辦', '平臺管理'];

describe('header: links to the staff screens by role', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A fresh page of someone holding `roles` (null: a visitor), reading Chinese. */
  const pageOf = async (roles: readonly StaffRole[] | null): Promise<Page> => {
    const context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    contexts.push(context);
    if (roles !== null) await signInStaff(context, baseUrl(), databaseUrl(), roles);
    const page = await context.newPage();
    await useLanguage(page, 'zh-TW');
    return page;
  };
  const staffLinks = async (page: Page): Promise<string[]> => {
    await page.goto(`${baseUrl()}/`);
    // Signed-in or not, the account area has rendered once the login link or the account menu shows.
    await page.locator('.account-links, .account-menu').first().waitFor();
    return page.getByRole('navigation', { name: '工作人員' }).getByRole('link').allTextContents();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('shows none to a visitor or a citizen', async () => {
    expect(await staffLinks(await pageOf(null))).toEqual([]);
    expect(await staffLinks(await pageOf([]))).toEqual([]);
  });

  it('shows each staff member only the screens of their roles', async () => {
    const agency = (await (await fetch(`${baseUrl()}/api/v1/agencies`)).json()) as { id: string }[];
    const agencyId = agency[0]?.id ?? '';
    expect(await staffLinks(await pageOf([{ kind: 'moderator' }]))).toEqual(['提議檢核']);
    expect(await staffLinks(await pageOf([{ kind: 'agency_officer', agencyId }]))).toEqual(['機關承辦']);
    expect(await staffLinks(await pageOf([{ kind: 'task_force_member', side: 'civil', role: 'member' }, { kind: 'admin' }]))).toEqual(['推動小組', '平臺管理']);
    const everything = await pageOf([{ kind: 'moderator' }, { kind: 'task_force_member', side: 'government', role: 'member' }, { kind: 'agency_officer', agencyId }, { kind: 'admin' }]);
    expect(await staffLinks(everything)).toEqual(ALL);
  });

  it('reaches the links with the keyboard and follows one with Enter', async () => {
    const page = await pageOf([{ kind: 'moderator' }, { kind: 'admin' }]);
    await staffLinks(page);
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== '平臺管理'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('平臺管理');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl()}/admin`);
    // The router marks the link current after the URL changes, so wait for the mark rather than read it once.
    const current = page.getByRole('navigation', { name: '工作人員' }).locator('a[aria-current="page"]');
    await current.waitFor();
    expect(await current.textContent()).toBe('平臺管理');
  });

  it('fits a 360 px phone and passes the page checks in both languages', async () => {
    const page = await pageOf([{ kind: 'moderator' }, { kind: 'task_force_member', side: 'civil', role: 'member' }, { kind: 'admin' }]);
    await checkPageInBothLanguages(page, `${baseUrl()}/`, 'check-staff-header', {
      ready: async (p) => {
        await p.getByTestId('staff-nav').waitFor();
        await p.getByTestId('area').first().waitFor();
      },
    });
    await page.setViewportSize(VIEWPORTS.phone);
    await page.goto(`${baseUrl()}/`);
    const link = page.getByTestId('staff-nav').getByRole('link', { name: '平臺管理' });
    await link.waitFor();
    const box = await link.boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= VIEWPORTS.phone.width).toBe(true);
  });
});
