import { Injectable, Logger } from '@nestjs/common';
import type { Role } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { AppConfig } from '../config/app-config';
import { emailVerificationMessage } from './account-messages';
import { OneTimeCodesService } from './one-time-codes.service';
import { passwordPolicyErrors } from './password.policy';
import { hashPassword } from './secrets';
import { UsersRepository } from './users.repository';

export interface RegistrationResult {
  readonly id: string;
  readonly verificationEmailSent: boolean;
}

/** Register: create the account with its roles, then send the first email code. */
@Injectable()
export class RegistrationService {
  private readonly logger = new Logger('RegistrationService');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly codes: OneTimeCodesService,
  ) {}

  async register(input: { email: string; password: string; displayName: string }): Promise<RegistrationResult> {
    const email = input.email.trim().toLowerCase();
    const problems = passwordPolicyErrors(input.password, email);
    if (problems.length > 0) throw new ApiException('weak_password', problems);

    const id = await this.users.create({ email, passwordHash: await hashPassword(input.password), displayName: input.displayName.trim(), roles: this.initialRoles(email) });
    if (id === null) throw new ApiException('email_taken');

    // The account exists either way; if sending fails the person can ask for a new code later,
    // so the failure is reported in the answer rather than undoing the registration.
    try {
      await this.codes.issue(id, 'email', email, (code) => emailVerificationMessage(email, code));
      return { id, verificationEmailSent: true };
    } catch (error) {
      this.logger.error({ err: error }, 'the verification email could not be sent');
      return { id, verificationEmailSent: false };
    }
  }

  private initialRoles(email: string): Role[] {
    const firstAdmin = this.config.FIRST_ADMIN_EMAIL?.trim().toLowerCase();
    return firstAdmin === email ? [{ kind: 'citizen' }, { kind: 'admin' }] : [{ kind: 'citizen' }];
  }
}
