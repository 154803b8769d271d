import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { sql } from '../support/sql';

const RUN = Date.now().toString(36);
const AGENCY = { code: `e2e-admin-${RUN}`, zh: `數位測試署 ${RUN}`, en: `Digital Testing Agency ${RUN}` };

describe('admin: people, roles and agencies', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let target: { id: string; email: string };

  const roleKinds = async (): Promise<string[]> =>
    (await sql<{ kind: string }>('SELECT kind FROM user_roles WHERE user_id = $1 ORDER BY kind', [target.id])).map((r) => r.kind);
  /** The target's card, found by searching for their email. */
  const findTarget = async (): Promise<Locator> => {
    await page.getByLabel('以電子郵件或名稱搜尋').fill(target.email);
    await page.getByRole('search').getByRole('button', { name: '搜尋' }).click();
    await page.getByText('找到的帳號：1 個').waitFor();
    const card = page.getByTestId('user').filter({ hasText: target.email });
    await card.waitFor();
    return card;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const other = await browser.newContext();
    const id = await signInStaff(other, baseUrl(), databaseUrl(), []);
    await other.close();
    const [row] = await sql<{ email: string }>('SELECT email FROM users WHERE id = $1', [id]);
    target = { id, email: row?.email ?? '' };
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'admin' }]);
    page = await context.newPage();
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('creates an agency, which shows up in the list at once; a taken code is refused next to the field', async () => {
    await page.goto(`${baseUrl()}/admin`);
    await page.getByLabel('代碼').fill('Bad Code');
    await page.getByRole('button', { name: '新增機關' }).click();
    await page.getByText('請使用小寫英文字母、數字與連字號', { exact: false }).waitFor();
    await page.getByLabel('代碼').fill(AGENCY.code);
    await page.getByLabel('名稱（中文）').fill(AGENCY.zh);
    await page.getByLabel('名稱（英文）').fill(AGENCY.en);
    await page.getByRole('button', { name: '新增機關' }).click();
    await page.getByText(`已新增機關：${AGENCY.zh}`).waitFor();
    await page.getByTestId('agency-list').getByText(AGENCY.zh).waitFor();
    const rows = await sql<{ name_en: string }>('SELECT name_en FROM agencies WHERE code = $1', [AGENCY.code]);
    expect(rows).toEqual([{ name_en: AGENCY.en }]);

    // The same code again: the server's answer appears under the code field.
    await page.getByLabel('代碼').fill(AGENCY.code);
    await page.getByLabel('名稱（中文）').fill('重複的機關');
    await page.getByLabel('名稱（英文）').fill('Duplicate agency');
    await page.getByRole('button', { name: '新增機關' }).click();
    const code = page.getByLabel('代碼');
    await page.waitForFunction((el) => el?.getAttribute('aria-invalid') === 'true', await code.elementHandle());
    const described = (await code.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error')) ?? '';
    expect((await page.locator(`[id="${errorId}"]`).textContent())?.length ?? 0).toBeGreaterThan(0);
    expect((await sql('SELECT 1 FROM agencies WHERE code = $1', [AGENCY.code])).length).toBe(1);
  });

  it('grants a person the moderator role and makes them an officer of the new agency', async () => {
    const card = await findTarget();
    await card.getByRole('button', { name: '變更 工作人員 的角色' }).click();
    await card.getByLabel('檢核人員').check();
    await card.getByLabel('機關承辦人').check();
    // Saving without choosing the agency is refused next to the agency field.
    await card.getByRole('button', { name: '儲存角色' }).click();
    await card.getByText('請選擇一項。').waitFor();
    await card.getByLabel('所屬機關').selectOption({ label: AGENCY.zh });
    await card.getByRole('button', { name: '儲存角色' }).click();
    await card.getByText('角色已儲存。').waitFor();
    await card.getByText(`機關承辦人：${AGENCY.zh}`).waitFor();
    expect(await roleKinds()).toEqual(['agency_officer', 'citizen', 'moderator']);
    const [officer] = await sql<{ code: string }>(
      `SELECT a.code FROM user_roles r JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = $1 AND r.kind = 'agency_officer'`,
      [target.id],
    );
    expect(officer?.code).toBe(AGENCY.code);
  });

  it('asks before removing a role; cancelling keeps it, confirming removes it', async () => {
    const card = await findTarget();
    await card.getByRole('button', { name: '變更 工作人員 的角色' }).click();
    await card.getByLabel('檢核人員').uncheck();
    await card.getByRole('button', { name: '儲存角色' }).click();
    let dialog = page.getByRole('dialog', { name: '確定要移除角色嗎？' });
    await dialog.getByText('檢核人員').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await roleKinds()).toEqual(['agency_officer', 'citizen', 'moderator']);

    await card.getByRole('button', { name: '儲存角色' }).click();
    dialog = page.getByRole('dialog', { name: '確定要移除角色嗎？' });
    await dialog.getByRole('button', { name: '確定移除並儲存' }).click();
    await card.getByText('角色已儲存。').waitFor();
    expect(await roleKinds()).toEqual(['agency_officer', 'citizen']);
    const audit = await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'user.roles.replace' AND subject_id = $1`, [target.id]);
    expect(Number(audit[0]?.n)).toBe(2);
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/admin`, 'check-admin-people', {
      ready: async (p) => {
        await p.getByTestId('user').first().waitFor();
        await p.getByTestId('agency-list').waitFor();
        await p.locator('form.staff-form input').first().waitFor();
      },
    });
  });
});
