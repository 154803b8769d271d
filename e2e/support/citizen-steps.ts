import type { Page } from 'playwright-core';
import { readCodeFromOutbox } from './dev-outbox';

export interface CitizenAccount {
  readonly displayName: string;
  readonly email: string;
  readonly phone: string;
  readonly password: string;
}

let counter = 0;

/**
 * A fresh person: the email and the Taiwanese mobile number are unique within a run (the
 * platform refuses a second account on either), the last two digits telling people apart.
 */
export const newCitizen = (displayName: string): CitizenAccount => {
  counter += 1;
  const stamp = `${Date.now() % 1_000_000}`.padStart(6, '0');
  const serial = `${counter % 100}`.padStart(2, '0');
  return {
    displayName,
    email: `citizen-${Date.now().toString(36)}-${counter}@example.tw`,
    phone: `+8869${stamp}${serial}`,
    password: 'open government 2026',
  };
};

/** Fills the registration form (zh-TW) and lands on /verify, signed in; answers when the email code was asked for. */
export const registerThroughForm = async (page: Page, baseUrl: string, citizen: CitizenAccount): Promise<Date> => {
  await page.goto(`${baseUrl}/register`);
  await page.getByLabel('顯示名稱', { exact: true }).fill(citizen.displayName);
  await page.getByLabel('電子郵件', { exact: true }).fill(citizen.email);
  await page.getByLabel('新密碼', { exact: true }).fill(citizen.password);
  const sentAt = new Date();
  await page.getByRole('button', { name: '註冊' }).click();
  await page.waitForURL(/\/verify$/);
  return sentAt;
};

/** On /verify: types the code emailed to `email` after `sentAt`, read from the dev outbox, and waits for the phone step. */
export const verifyEmailWithCode = async (page: Page, baseUrl: string, email: string, sentAt: Date): Promise<void> => {
  await page.getByLabel('電子郵件驗證碼', { exact: true }).fill(await readCodeFromOutbox(page.request, baseUrl, email, sentAt));
  await page.getByRole('button', { name: '確認驗證碼' }).click();
  await page.getByRole('heading', { name: '驗證手機號碼（選擇性）' }).waitFor();
};

/** On /verify after the email: sends an SMS code, types it, and waits until the page says the phone tier is reached. */
export const verifyPhoneWithCode = async (page: Page, baseUrl: string, phone: string): Promise<void> => {
  const smsAt = new Date();
  await page.getByLabel('手機號碼', { exact: true }).fill(phone);
  await page.getByRole('button', { name: '傳送簡訊驗證碼' }).click();
  await page.getByLabel('簡訊驗證碼', { exact: true }).fill(await readCodeFromOutbox(page.request, baseUrl, phone, smsAt));
  await page.getByRole('button', { name: '確認驗證碼' }).click();
  await page.getByText('你已完成手機驗證').waitFor();
};

/** Registers through the UI and verifies email and phone with their codes: the tier that may propose and co-sign. */
export const registerVerifiedCitizen = async (page: Page, baseUrl: string, citizen: CitizenAccount): Promise<void> => {
  const sentAt = await registerThroughForm(page, baseUrl, citizen);
  await verifyEmailWithCode(page, baseUrl, citizen.email, sentAt);
  await verifyPhoneWithCode(page, baseUrl, citizen.phone);
};

/** On a proposal page, signed in: the co-sign button, its confirmation, and the thank-you. */
export const cosignThroughDialog = async (page: Page, comment?: string): Promise<void> => {
  await page.getByRole('button', { name: '我要附議' }).click();
  const dialog = page.getByRole('dialog', { name: '確認附議' });
  if (comment !== undefined) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: '確認附議' }).click();
  await page.getByText('已完成附議，謝謝你的支持！').waitFor();
};
