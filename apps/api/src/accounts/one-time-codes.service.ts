import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { MessageTransport, type OutgoingMessage } from '../common/messaging/message-transport';
import { CODE_LIFETIME_MS } from './account-messages';
import { codeMatches, hashCode, newSixDigitCode } from './secrets';
import type { CodeChannel } from './verification-code.orm-entity';
import { VerificationCodesRepository } from './verification-codes.repository';

export const MAX_CODE_ATTEMPTS = 5;

/** Issues and checks the six-digit codes behind email, phone and password-reset verification. */
@Injectable()
export class OneTimeCodesService {
  constructor(
    private readonly codes: VerificationCodesRepository,
    private readonly transport: MessageTransport,
  ) {}

  /** Stores a fresh code (retiring older ones) and sends the message built around it. */
  async issue(userId: string, channel: CodeChannel, target: string, message: (code: string) => OutgoingMessage): Promise<void> {
    const id = randomUUID();
    const code = newSixDigitCode();
    await this.codes.replace({ id, userId, channel, target, codeHash: hashCode(id, code), expiresAt: new Date(Date.now() + CODE_LIFETIME_MS) });
    await this.transport.send(message(code));
  }

  /** Consumes the latest code of the channel if it matches, answering the target it was sent to. */
  async confirm(userId: string, channel: CodeChannel, code: string): Promise<{ target: string }> {
    const stored = await this.codes.findLatestUnconsumed(userId, channel);
    if (stored === null) throw new ApiException('code_invalid');
    if (stored.attempts >= MAX_CODE_ATTEMPTS) throw new ApiException('code_locked');
    if (stored.expiresAt.getTime() <= Date.now()) throw new ApiException('code_expired');
    if (!codeMatches(stored.id, code, stored.codeHash)) {
      const attempts = await this.codes.recordFailedAttempt(stored.id);
      throw new ApiException(attempts >= MAX_CODE_ATTEMPTS ? 'code_locked' : 'code_invalid');
    }
    if (!(await this.codes.consume(stored.id))) throw new ApiException('code_invalid');
    return { target: stored.target };
  }
}
