import { Body, Controller, HttpCode, Post } from '@nestjs/common';
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
import { CurrentActor } from '../common/auth/auth.decorators';
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

const CODE_ERRORS = 'code_invalid (wrong code), code_expired (older than 15 minutes; ask for a new one)';

@ApiTags('accounts')
@Controller('v1/accounts')
export class AccountsController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly verification: ContactVerificationService,
    private readonly limits: RateLimiter,
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
  @ApiOperation({ summary: 'Confirm the emailed code; the verification tier becomes email' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: CODE_ERRORS })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'code_locked: 5 wrong attempts; ask for a new code' })
  confirmEmail(@CurrentActor() actor: Actor, @Body() body: CodeDto): Promise<AccountView> {
    return this.verification.confirmEmail(actor, body.code);
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
  @ApiOperation({ summary: 'Confirm the texted code; the number is saved and the tier becomes phone' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: CODE_ERRORS })
  @ApiConflictResponse({ type: ErrorResponse, description: 'phone_taken' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'code_locked: 5 wrong attempts; ask for a new code' })
  confirmPhone(@CurrentActor() actor: Actor, @Body() body: CodeDto): Promise<AccountView> {
    return this.verification.confirmPhone(actor, body.code);
  }
}
