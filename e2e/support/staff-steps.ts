import type { Locator, Page } from 'playwright-core';

/**
 * Steps staff take in their screens (zh-TW), shared by the journeys. Each waits for the screen to
 * confirm the step, so a caller's next step starts from the outcome, not from a click in flight.
 */

/** Admin, on /admin: changes the current cycle's co-sign threshold through the confirmation. */
export const setCosignThreshold = async (page: Page, baseUrl: string, threshold: number): Promise<void> => {
  await page.goto(`${baseUrl}/admin`);
  await page.getByLabel('附議門檻（人）').fill(String(threshold));
  await page.getByRole('button', { name: '儲存設定' }).click();
  await page.getByRole('dialog', { name: '確定要變更參與週期設定嗎？' }).getByRole('button', { name: '確定變更' }).click();
  await page.getByText('設定已儲存。').waitFor();
};

/** The moderation queue's card of a submission, by its exact title. */
export const queuedProposal = (page: Page, title: string): Locator =>
  page.getByTestId('queued-proposal').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** Moderator, on /moderation: returns a submission to its proposer with a note; the card leaves the queue. */
export const returnForRevision = async (page: Page, title: string, note: string): Promise<void> => {
  await queuedProposal(page, title).getByRole('button', { name: '退回修改' }).click();
  const dialog = page.getByRole('dialog', { name: '退回提議者修改' });
  await dialog.getByLabel('說明（必填）').fill(note);
  await dialog.getByRole('button', { name: '確定退回' }).click();
  await dialog.waitFor({ state: 'detached' });
  await queuedProposal(page, title).waitFor({ state: 'detached' });
};

/** Moderator, on /moderation: publishes a submission; the card leaves the queue. */
export const publishSubmission = async (page: Page, title: string): Promise<void> => {
  await queuedProposal(page, title).getByRole('button', { name: '上架' }).click();
  await page.getByRole('dialog', { name: '上架此提議' }).getByRole('button', { name: '確定上架' }).click();
  await queuedProposal(page, title).waitFor({ state: 'detached' });
};

export interface Votes {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

export interface Adoption {
  readonly government: Votes;
  readonly civil: Votes;
  readonly commitmentTitle: string;
  readonly commitmentDescription: string;
  readonly rationale: string;
}

/** Task-force member, on /taskforce: adopts the inbox item with votes by side and a rationale; the item leaves the inbox. */
export const adoptAsCommitment = async (page: Page, item: Locator, adoption: Adoption): Promise<void> => {
  await item.getByRole('button', { name: '決議' }).click();
  for (const [side, votes] of [['政府代表表決', adoption.government], ['民間代表表決', adoption.civil]] as const) {
    const group = item.getByRole('group', { name: side });
    await group.getByLabel('贊成').fill(String(votes.for));
    await group.getByLabel('反對').fill(String(votes.against));
    await group.getByLabel('棄權').fill(String(votes.abstain));
  }
  const area = item.getByLabel('領域');
  // The areas come from the action plan, which loads after the form opens.
  await area.locator('option').nth(1).waitFor({ state: 'attached' });
  await area.selectOption({ index: 1 });
  await item.getByLabel('承諾事項名稱（中文）').fill(adoption.commitmentTitle);
  await item.getByLabel('內容說明（中文）').fill(adoption.commitmentDescription);
  await item.getByLabel('公開說明（選填）').fill(adoption.rationale);
  await item.getByRole('button', { name: '送出決議' }).click();
  await page.getByRole('dialog', { name: '確定要送出這項決議嗎？' }).getByRole('button', { name: '確定送出' }).click();
  await item.waitFor({ state: 'detached' });
};

export interface ResponsePoint {
  readonly heading?: string;
  readonly body: string;
}

/** Agency officer, on /agency: answers a request point by point, previews, publishes, and sees it answered. */
export const answerPointByPoint = async (page: Page, request: Locator, points: readonly ResponsePoint[]): Promise<void> => {
  await request.getByRole('button', { name: '逐點回應' }).click();
  const fields = request.getByTestId('response-point');
  for (const [index, point] of points.entries()) {
    if (index > 0) await request.getByRole('button', { name: '新增一點' }).click();
    if (point.heading !== undefined) await fields.nth(index).getByLabel('標題（選填）').fill(point.heading);
    await fields.nth(index).getByLabel('回應內容').fill(point.body);
  }
  await request.getByRole('button', { name: '預覽' }).click();
  for (const point of points) await request.getByTestId('response-preview').getByText(point.body).waitFor();
  await request.getByRole('button', { name: '送出回應' }).click();
  await page.getByRole('dialog', { name: '確定要公開這份回應嗎？' }).getByRole('button', { name: '確定公開' }).click();
  await request.getByText('已回應').waitFor();
};

/**
 * For what a background job puts on a screen that does not update itself: reloads until
 * `target` shows, within `timeoutMs` (a bounded wait, never a fixed sleep).
 */
export const reloadUntilVisible = async (page: Page, target: Locator, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await target.waitFor({ timeout: Math.min(2_000, Math.max(1, deadline - Date.now())) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await page.reload();
    }
  }
};
