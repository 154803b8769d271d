import { Injectable } from '@nestjs/common';
import type { Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { emailDomainOf } from '../common/rate-limit/client-address';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { AppConfig } from '../config/app-config';
import { emailVerificationMessage, phoneVerificationMessage } from './account-messages';
import { OneTimeCodesService } from './one-time-codes.service';
import { phoneKey } from './phone-key';
import type { AccountView } from './role.mapper';
import { UsersRepository } from './users.repository';

/** Email and phone verification: the steps that raise a person's verification tier. */
@Injectable()
export class ContactVerificationService {
  constructor(
    private readonly users: UsersRepository,
    private readonly codes: OneTimeCodesService,
    private readonly limits: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  /** Limited here rather than in the controller: the address and its domain are known only once the account is loaded. */
  async sendEmailCode(actor: Actor, ip: string): Promise<void> {
    const account = await this.account(actor);
    if (account.verificationTier !== 'none') throw new ApiException('already_verified');
    await this.limits.enforce('send_code', { ip, account: account.id, target: account.email, domain: emailDomainOf(account.email) });
    await this.codes.issue(account.id, 'email', account.email, (code) => emailVerificationMessage(account.email, code));
  }

  async confirmEmail(actor: Actor, code: string): Promise<AccountView> {
    const { target } = await this.codes.confirm(actor.id, 'email', code);
    // The address may have changed since the code was sent; then the code proves nothing.
    if (!(await this.users.markEmailVerified(actor.id, target))) throw new ApiException('code_invalid');
    return this.account(actor);
  }

  /** Phone comes after email: the tiers are ordered, so a phone-verified person has a verified email too. */
  async sendPhoneCode(actor: Actor, phone: string, ip: string): Promise<void> {
    const account = await this.account(actor);
    if (account.verificationTier === 'none') throw new ApiException('email_not_verified');
    if (await this.users.isPhoneTakenByOther(actor.id, phone)) throw new ApiException('phone_taken');
    // Per number too: otherwise many accounts could take turns texting one victim's phone.
    await this.limits.enforce('send_code', { ip, account: account.id, target: phone });
    await this.codes.issue(account.id, 'phone', phone, (code) => phoneVerificationMessage(phone, code));
  }

  async confirmPhone(actor: Actor, code: string): Promise<AccountView> {
    const { target } = await this.codes.confirm(actor.id, 'phone', code);
    // The key is what each co-sign copies, so that the number co-signs a proposal once even after
    // the account is erased and the number verified again on a new one.
    const key = phoneKey(target, this.config.cosignFingerprintSecret);
    if (!(await this.users.setVerifiedPhone(actor.id, target, key))) throw new ApiException('phone_taken');
    return this.account(actor);
  }

  private async account(actor: Actor): Promise<AccountView> {
    const account = await this.users.findAccount(actor.id);
    // The session was valid a moment ago; a vanished account is treated as signed out.
    if (account === null) throw new ApiException('unauthenticated');
    return account;
  }
}
