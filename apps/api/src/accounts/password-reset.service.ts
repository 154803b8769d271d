import { Injectable, Logger } from '@nestjs/common';
import { ApiException } from '../common/errors/api.exception';
import { passwordResetMessage } from './account-messages';
import { OneTimeCodesService } from './one-time-codes.service';
import { passwordPolicyErrors } from './password.policy';
import { hashPassword } from './secrets';
import { UsersRepository } from './users.repository';

/** Forgotten password: a code by email, then a new password that ends every session. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordResetService');

  constructor(
    private readonly users: UsersRepository,
    private readonly codes: OneTimeCodesService,
  ) {}

  /** Answers the same whether or not the address is registered, so it cannot be used to find accounts. */
  async request(rawEmail: string): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const user = await this.users.findCredentials(email);
    if (user === null) return;
    try {
      await this.codes.issue(user.id, 'password_reset', email, (code) => passwordResetMessage(email, code));
    } catch (error) {
      // Failing visibly would reveal that the address exists.
      this.logger.error({ err: error }, 'the password reset email could not be sent');
    }
  }

  async confirm(input: { email: string; code: string; newPassword: string }): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const user = await this.users.findCredentials(email);
    if (user === null) throw new ApiException('code_invalid');
    const problems = passwordPolicyErrors(input.newPassword, email, 'newPassword');
    if (problems.length > 0) throw new ApiException('weak_password', problems);
    await this.codes.confirm(user.id, 'password_reset', input.code);
    await this.users.resetPassword(user.id, await hashPassword(input.newPassword));
  }
}
