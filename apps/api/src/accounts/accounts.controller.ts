import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, CurrentSessionId } from '../common/auth/auth.decorators';
import { setSessionCookies } from '../common/auth/session-cookies';
import { AppConfig } from '../config/app-config';
import type { FastifyReply } from 'fastify';
import { ErrorResponse } from '../common/errors/error.response';
import { emailDomainOf } from '../common/rate-limit/client-address';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { AccountResponse, RegistrationResponse } from './account.response';
import { ContactVerificationService } from './contact-verification.service';
import { RegisterDto } from './dto/register.dto';
import { CodeDto, PhoneDto } from './dto/verification.dto';
import { RegistrationService, type RegistrationResult } from './registration.service';
import type { AccountView } from './role.mapper';
import { SessionService } from './session.service';

const CODE_ERRORS = 'code_invalid (wrong code), code_expired (older than 15 minutes; ask for a new one)';

@ApiTags('accounts')
@Controller('v1/accounts')
export class AccountsController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly verification: ContactVerificationService,
    private readonly limits: RateLimiter,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Register; a verification code is emailed. The FIRST_ADMIN_EMAIL account also becomes admin' })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed, or weak_password with one message per broken rule' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'email_taken' })
  @RateLimitedRoute('registrations from this address or for this email domain')
  async register(@Body() body: RegisterDto, @ClientIp() ip: string): Promise<RegistrationResult> {
    await this.limits.enforce('register', { ip, domain: emailDomainOf(body.email) });
    return this.registration.register(body);
  }

  @Post('me/email-verification')
  @HttpCode(202)
  @SignedIn()
  @ApiOperation({ summary: 'Email a new verification code (the previous one stops working)' })
  @ApiAcceptedResponse({ description: 'Sent' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'already_verified' })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'message_transport_unavailable' })
  @RateLimitedRoute('codes sent from this address, to this account, address or email domain')
  async sendEmailCode(@CurrentActor() actor: Actor, @ClientIp() ip: string): Promise<void> {
    await this.verification.sendEmailCode(actor, ip);
  }

  @Post('me/email-verification/confirm')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Confirm the emailed code; the verification tier becomes email and the session gets a new id (new op_session and op_csrf cookies)' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: CODE_ERRORS })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'code_locked: 5 wrong attempts; ask for a new code' })
  async confirmEmail(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
    @Body() body: CodeDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AccountView> {
    const account = await this.verification.confirmEmail(actor, body.code);
    await this.rotateSession(actor, sessionId, res);
    return account;
  }

  @Post('me/phone')
  @HttpCode(202)
  @SignedIn()
  @ApiOperation({ summary: 'Text a verification code to this mobile number (email must be verified first)' })
  @ApiAcceptedResponse({ description: 'Sent' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: not an E.164 number' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'email_not_verified, or phone_taken by another account' })
  @ApiServiceUnavailableResponse({ type: ErrorResponse, description: 'message_transport_unavailable' })
  @RateLimitedRoute('codes sent from this address, to this account or to this number')
  async sendPhoneCode(@CurrentActor() actor: Actor, @Body() body: PhoneDto, @ClientIp() ip: string): Promise<void> {
    await this.verification.sendPhoneCode(actor, body.phone, ip);
  }

  @Post('me/phone/confirm')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Confirm the texted code; the number is saved and the tier becomes phone and the session gets a new id (new op_session and op_csrf cookies)' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: CODE_ERRORS })
  @ApiConflictResponse({ type: ErrorResponse, description: 'phone_taken' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'code_locked: 5 wrong attempts; ask for a new code' })
  async confirmPhone(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
    @Body() body: CodeDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AccountView> {
    const account = await this.verification.confirmPhone(actor, body.code);
    await this.rotateSession(actor, sessionId, res);
    return account;
  }

  /** The tier grew, so the session gets a new id (and CSRF token); the old cookie stops working. */
  private async rotateSession(actor: Actor, sessionId: string | null, res: FastifyReply): Promise<void> {
    if (sessionId === null) return;
    setSessionCookies(res, await this.sessions.rotate(sessionId, actor.id), this.config.isProduction);
  }
}
