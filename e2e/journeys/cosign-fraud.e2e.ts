import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertFloodedCosigns } from '../fixtures/flooded-proposal';
import { insertPublishedProposal } from '../fixtures/published-proposal';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { useLanguage } from '../support/page-checks';

const TITLE = '公開各部會採購資料（洗票測試）';
const DOMAIN = 'throwaway-mail.example';

/**
 * A moderator's anti-automation journey: the scheduled detection flags a domain flooding a
 * proposal; the moderator previews, confirms with the count in front of them, and the public
 * proposal page then shows the lower count and the log entry.
 */
describe('moderator: trending co-sign sources and bulk invalidation', () => {
  let browser: Browser;
  let staff: BrowserContext;
  let visitor: BrowserContext;
  let page: Page;
  let proposalId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ id: proposalId } = await insertPublishedProposal(databaseUrl(), TITLE, 0));
    await insertFloodedCosigns(databaseUrl(), proposalId, { domain: DOMAIN, flood: 30, genuine: 10 });
    staff = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(staff, baseUrl(), databaseUrl(), [{ kind: 'moderator' }]);
    page = await staff.newPage();
    await useLanguage(page, 'zh-TW');
    visitor = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.phone });
  });
  afterAll(async () => {
    await visitor?.close();
    await staff?.close();
    await browser?.close();
  });

  const alertCard = () => page.getByTestId('cosign-alert').filter({ hasText: DOMAIN });

  it('shows the trending domain, previews, confirms, and the public page shows the lower count and the log entry', async () => {
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${baseUrl()}/proposals/${proposalId}`);
    await publicPage.getByRole('progressbar').waitFor();
    expect(await publicPage.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');

    // The worker's job scheduler runs the detection every 10 s here; the panel also hears the live event.
    await page.goto(`${baseUrl()}/moderation`);
    await alertCard().waitFor({ timeout: 45_000 });
    const card = alertCard();
    expect(await card.getByRole('heading', { name: TITLE }).count()).toBe(1);
    expect(await card.textContent()).toContain('40 份中占 30 份');

    await card.getByRole('button', { name: '將這些附議認定無效…' }).click();
    const form = page.getByRole('dialog', { name: '認定附議無效' });
    expect(await form.getByLabel('公開理由').inputValue()).toBe('disposable_domain');
    await form.getByRole('button', { name: '預覽' }).click();
    await form.getByText('請填寫公開說明。').waitFor();
    await form.getByLabel('公開說明（必填）').fill('三十個拋棄式信箱帳號於半小時內附議。');
    await form.getByRole('button', { name: '預覽' }).click();

    const confirm = page.getByRole('dialog', { name: '確認認定無效' });
    expect(await confirm.getByTestId('invalidation-preview-count').textContent()).toBe('將認定無效的附議：30 份');
    expect(await confirm.textContent()).toContain('正式附議數將從 40 變為 10。');
    await page.screenshot({ path: 'e2e/artifacts/cosign-fraud-confirm.png' });
    await confirm.getByRole('button', { name: '認定 30 份附議無效' }).click();
    expect(await page.getByTestId('invalidation-done').textContent()).toContain('30 份');
    await alertCard().waitFor({ state: 'detached' });

    // The visitor's open page hears the new count live (proposal.count), without a reload.
    await publicPage.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '10');

    // A new visitor (no cached answers) reads the tiers and the log.
    const newcomer = await (await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.phone })).newPage();
    await newcomer.goto(`${baseUrl()}/proposals/${proposalId}`);
    const entry = newcomer.getByTestId('invalidation-log-entry');
    await entry.waitFor();
    expect(await newcomer.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('10');
    expect(await newcomer.getByTestId('cosign-tiers').textContent()).toBe('手機驗證10 份附議');
    const text = await entry.textContent();
    expect(text).toContain('30 份附議');
    expect(text).toContain(`拋棄式電子郵件網域 (${DOMAIN})`);
    expect(text).toContain('三十個拋棄式信箱帳號於半小時內附議。');
    await newcomer.screenshot({ path: 'e2e/artifacts/cosign-fraud-public.png', fullPage: true });
    await newcomer.context().close();

    await useLanguage(publicPage, 'en');
    await publicPage.goto(`${baseUrl()}/rejections`);
    const line = publicPage.getByTestId('invalidation-log-entry').filter({ hasText: TITLE });
    await line.waitFor();
    expect(await line.textContent()).toContain(`Disposable email domain (${DOMAIN})`);
    expect(await line.textContent()).toContain('30 co-signs');
  });
});
