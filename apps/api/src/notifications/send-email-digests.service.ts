import { Injectable, Logger } from '@nestjs/common';
import { MessageTransport } from '../common/messaging/message-transport';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { AppConfig } from '../config/app-config';
import { composeDigest } from './email-digest.composer';
import { NotificationsRepository } from './notifications.repository';

/** Recipients handled per run; the next run (a minute later) takes the rest. */
const RECIPIENTS_PER_RUN = 200;

/**
 * Emails each person one digest of their pending notifications, once the oldest has waited the
 * batch window. Each recipient is one transaction that locks their rows (SKIP LOCKED, so worker
 * replicas share the work) and marks them emailed. If the mail server accepts the message but the
 * commit then fails, the next run sends it again: at least once, as email can only be.
 * People without a verified address, or who turned email off, keep the in-app notifications only.
 */
@Injectable()
export class SendEmailDigestsService {
  private readonly logger = new Logger(SendEmailDigestsService.name);

  constructor(
    private readonly transactions: WriteTransactions,
    private readonly notifications: NotificationsRepository,
    private readonly transport: MessageTransport,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many emails were sent. */
  async run(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.NOTIFICATION_EMAIL_DELAY_SECONDS * 1000);
    let sent = 0;
    for (const userId of await this.notifications.recipientsDue(cutoff, RECIPIENTS_PER_RUN)) {
      if (await this.sendOne(userId, now)) sent += 1;
    }
    if (sent > 0) this.logger.log({ sent }, 'notification digests emailed');
    return sent;
  }

  private sendOne(userId: string, now: Date): Promise<boolean> {
    return this.transactions.run(async ({ manager }) => {
      const pending = await this.notifications.lockPending(manager, userId);
      if (pending.length === 0) return false;
      const recipient = await this.notifications.emailRecipient(manager, userId);
      if (recipient !== null) {
        const email = composeDigest(pending, recipient.displayName, this.config.PUBLIC_URL);
        await this.transport.send({ channel: 'email', recipient: recipient.email, subject: email.subject, body: email.body });
      }
      await this.notifications.markEmailed(manager, pending.map((n) => n.id), now);
      return recipient !== null;
    });
  }
}
