import type { APIRequestContext } from 'playwright-core';

interface StoredMessage {
  readonly channel: 'email' | 'sms';
  readonly recipient: string;
  readonly subject: string | null;
  readonly body: string;
  readonly createdAt: string;
}

/**
 * The newest six-digit code sent to `recipient` after `since`, read from the development outbox
 * (GET /api/v1/dev/outbox), where the dev transport stores messages instead of sending them;
 * `subjectPart` tells apart two emails sent close together (a verification and a reset code).
 */
export const readCodeFromOutbox = async (
  request: APIRequestContext,
  baseUrl: string,
  recipient: string,
  since: Date,
  subjectPart?: string,
): Promise<string> => {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const response = await request.get(`${baseUrl}/api/v1/dev/outbox`);
    const { items } = (await response.json()) as { items: StoredMessage[] };
    const message = items.find(
      (item) =>
        item.recipient === recipient &&
        new Date(item.createdAt).getTime() >= since.getTime() - 1000 &&
        (subjectPart === undefined || (item.subject ?? '').includes(subjectPart)),
    );
    const code = message?.body.match(/\b(\d{6})\b/)?.[1];
    if (code !== undefined) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no code reached ${recipient} in the dev outbox`);
};
