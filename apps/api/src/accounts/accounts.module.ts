import { Module } from '@nestjs/common';
import { SessionResolver } from '../common/auth/session-resolver';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { AccountsController } from './accounts.controller';
import { AdminUsersController } from './admin-users.controller';
import { ContactVerificationService } from './contact-verification.service';
import { OneTimeCodesService } from './one-time-codes.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';
import { SessionController } from './session.controller';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { UserRolesService } from './user-roles.service';
import { UsersRepository } from './users.repository';
import { VerificationCodesRepository } from './verification-codes.repository';

/** Registration, sessions, email/phone verification, password reset and role administration. */
@Module({
  imports: [RateLimitModule],
  controllers: [AccountsController, SessionController, PasswordResetController, AdminUsersController],
  providers: [
    UsersRepository,
    SessionsRepository,
    VerificationCodesRepository,
    OneTimeCodesService,
    RegistrationService,
    SessionService,
    ContactVerificationService,
    PasswordResetService,
    UserRolesService,
    // The global AuthGuard asks for SessionResolver; the same instance as SessionService.
    { provide: SessionResolver, useExisting: SessionService },
  ],
  exports: [SessionResolver, UsersRepository],
})
export class AccountsModule {}
