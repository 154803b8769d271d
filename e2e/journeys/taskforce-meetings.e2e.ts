import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertRoutedRequest, type RoutedRequest } from '../fixtures/agency-request';
import { insertReviewItem } from '../fixtures/review-item';
import { signInStaff } from '../fixtures/staff-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { sql } from '../support/sql';

const RUN = Date.now().toString(36);
const ADDED = `議程手動加入的提議 ${RUN}`;
const FILLED = `議程帶入的提議 ${RUN}`;
const MEETING = `開放政府推動小組第 7 次會議 ${RUN}`;

/** A Taiwan calendar day `days` from now, as the date field takes it. */
const taipeiDay = (days: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));

describe('task force: meetings and their agendas', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let added: RoutedRequest;
  let filled: RoutedRequest;
  let meetingUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    added = await insertRoutedRequest(databaseUrl(), ADDED);
    await insertReviewItem(databaseUrl(), added.proposalId);
    filled = await insertRoutedRequest(databaseUrl(), FILLED);
    await insertReviewItem(databaseUrl(), filled.proposalId);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'task_force_member', side: 'government', role: 'co_convener' }]);
    page = await context.newPage();
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('plans a meeting on a Taiwan day and opens its empty agenda', async () => {
    await page.goto(`${baseUrl()}/taskforce`);
    await page.getByLabel('開會日期').fill(taipeiDay(30));
    await page.getByRole('button', { name: '安排會議' }).click();
    // The title is required: the message sits next to the field and nothing is sent.
    const title = page.getByLabel('會議名稱');
    await page.getByText('請填寫會議名稱。').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await title.fill(MEETING);
    await page.getByRole('button', { name: '安排會議' }).click();
    await page.waitForURL(/\/taskforce\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();
    await page.getByTestId('meeting-title').getByText(MEETING).waitFor();
    await page.getByText('議程目前是空的。', { exact: false }).waitFor();
    const [row] = await sql<{ held_on: string }>(`SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on FROM taskforce_meetings WHERE title = $1`, [MEETING]);
    expect(row?.held_on).toBe(taipeiDay(30));
  });

  it('adds a routed proposal from the inbox, then fills the agenda with the rest, once', async () => {
    await page.getByLabel('待決議的提議').selectOption({ label: ADDED });
    await page.getByRole('button', { name: '加入議程' }).click();
    await page.getByText(`已加入議程：${ADDED}`).waitFor();
    await expect(page.getByTestId('agenda-item').count()).resolves.toBe(1);

    await page.getByRole('button', { name: '帶入議程' }).click();
    const dialog = page.getByRole('dialog', { name: '確定要帶入議程嗎？' });
    await dialog.getByText(MEETING, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '確定帶入' }).click();
    const result = page.getByRole('status').filter({ hasText: '已加入議程的項目：' });
    await result.waitFor();
    const count = Number(/(\d+)/.exec((await result.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('agenda-item').count()).resolves.toBe(1 + count);
    await page.getByTestId('agenda-item').filter({ hasText: FILLED }).waitFor();

    // Filling again adds nothing: everything waiting is already on the agenda.
    await page.getByRole('button', { name: '帶入議程' }).click();
    await page.getByRole('dialog', { name: '確定要帶入議程嗎？' }).getByRole('button', { name: '確定帶入' }).click();
    await page.getByText('沒有新的項目：議程已包含所有待議事項。').waitFor();
    await page.getByText('所有待決議的提議都已在這場會議的議程上。').waitFor();
    const [agenda] = await sql<{ n: string }>('SELECT count(*) AS n FROM meeting_agenda_items a JOIN taskforce_meetings m ON m.id = a.meeting_id WHERE m.title = $1', [MEETING]);
    expect(Number(agenda?.n)).toBe(1 + count);
  });

  it('records a decision from the agenda, after which the item reads as decided', async () => {
    const item = page.getByTestId('agenda-item').filter({ hasText: FILLED });
    await item.getByRole('button', { name: '決議' }).click();
    await item.getByLabel('轉請權責機關處理').check();
    await item.getByRole('group', { name: '政府代表表決' }).getByLabel('贊成').fill('4');
    await item.getByRole('group', { name: '民間代表表決' }).getByLabel('贊成').fill('7');
    await item.getByRole('group', { name: '民間代表表決' }).getByLabel('反對').fill('2');
    await item.getByLabel('公開說明（選填）').fill('由權責機關依回應辦理。');
    await item.getByRole('button', { name: '送出決議' }).click();
    await page.getByRole('dialog', { name: '確定要送出這項決議嗎？' }).getByRole('button', { name: '確定送出' }).click();
    await item.getByText('已決議').waitFor();
    await expect(item.getByRole('button', { name: '決議' }).count()).resolves.toBe(0);
    // The other proposal is still open to decide.
    await page.getByTestId('agenda-item').filter({ hasText: ADDED }).getByRole('button', { name: '決議' }).waitFor();

    const decisions = await sql<{ outcome: string; government_for: number; civil_for: number; civil_against: number; rationale: string }>(
      'SELECT outcome, government_for, civil_for, civil_against, rationale FROM taskforce_decisions WHERE proposal_id = $1',
      [filled.proposalId],
    );
    expect(decisions).toEqual([{ outcome: 'refer', government_for: 4, civil_for: 7, civil_against: 2, rationale: '由權責機關依回應辦理。' }]);
    const [proposal] = await sql<{ status: string }>('SELECT status FROM proposals WHERE id = $1', [filled.proposalId]);
    expect(proposal?.status).toBe('referred');
  });

  it('lists the meeting among the upcoming ones with its agenda size, linking to it', async () => {
    await page.goto(`${baseUrl()}/taskforce`);
    const listed = page.getByTestId('meetings-upcoming').getByTestId('meeting').filter({ hasText: MEETING });
    await listed.getByText('議程項目：', { exact: false }).waitFor();
    await listed.getByRole('link', { name: MEETING }).click();
    await page.waitForURL(meetingUrl);
    await page.getByTestId('agenda-item').first().waitFor();
  });

  it('passes the page checks in both languages: the task-force page and a meeting page', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/taskforce`, 'check-taskforce-meetings', {
      ready: (p) => p.getByTestId('meetings-upcoming').getByTestId('meeting').first().waitFor(),
    });
    await checkPageInBothLanguages(page, meetingUrl, 'check-taskforce-meeting', {
      ready: (p) => p.getByTestId('agenda-item').first().waitFor(),
    });
  });
});
