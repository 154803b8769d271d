import { CookieClient } from './cookie-client';

export const PASSWORD = 'correct horse battery 9';

let counter = 0;
/** A fresh address per call, so tests in one file never collide on the unique email. */
export const uniqueEmail = (label: string): string => `${label}-${Date.now().toString(36)}-${(counter += 1)}@example.org`;

interface OutboxItem {
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
}

/** The newest message the development transport stored for this recipient. */
export const latestMessage = async (baseUrl: string, recipient: string): Promise<OutboxItem> => {
  const response = await fetch(`${baseUrl}/api/v1/dev/outbox`);
  const { items } = (await response.json()) as { items: OutboxItem[] };
  const message = items.find((item) => item.recipient === recipient);
  if (message === undefined) throw new Error(`no message for ${recipient} in the dev outbox`);
  return message;
};

export const latestCode = async (baseUrl: string, recipient: string): Promise<string> => {
  const match = /\b(\d{6})\b/.exec((await latestMessage(baseUrl, recipient)).body);
  if (match?.[1] === undefined) throw new Error(`the message to ${recipient} holds no six-digit code`);
  return match[1];
};

/** Registers and logs in a new person; optionally verifies the email too. */
export const signedInClient = async (
  baseUrl: string,
  options: { email?: string; verifyEmail?: boolean } = {},
): Promise<{ client: CookieClient; email: string; id: string }> => {
  const email = options.email ?? uniqueEmail('citizen');
  const client = new CookieClient(baseUrl);
  const registered = await client.request<{ id: string }>('POST', '/v1/accounts', { body: { email, password: PASSWORD, displayName: '測試者' } });
  if (registered.status !== 201) throw new Error(`registration answered ${registered.status}`);
  const login = await client.request('POST', '/v1/session', { body: { email, password: PASSWORD } });
  if (login.status !== 200) throw new Error(`login answered ${login.status}`);
  if (options.verifyEmail === true) {
    const confirmed = await client.request('POST', '/v1/accounts/me/email-verification/confirm', { body: { code: await latestCode(baseUrl, email) } });
    if (confirmed.status !== 200) throw new Error(`email confirmation answered ${confirmed.status}`);
  }
  return { client, email, id: registered.body.id };
};

/**
 * Verifies a number through the API (code texted to the development outbox, then confirmed), as a
 * person does; the account's email must be verified. Unlike signedInPerson's direct write, this
 * sets everything verification sets (the phone key too).
 */
export const verifyPhoneThroughApi = async (baseUrl: string, client: CookieClient, phone: string): Promise<void> => {
  const sent = await client.request('POST', '/v1/accounts/me/phone', { body: { phone } });
  if (sent.status !== 202) throw new Error(`sending the phone code answered ${sent.status}`);
  const confirmed = await client.request('POST', '/v1/accounts/me/phone/confirm', { body: { code: await latestCode(baseUrl, phone) } });
  if (confirmed.status !== 200) throw new Error(`phone confirmation answered ${confirmed.status}`);
};
