import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNoContentResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response';
import { emailDomainOf } from '../common/rate-limit/client-address';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/verification.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('accounts')
@Controller('v1/password-reset')
export class PasswordResetController {
  constructor(
    private readonly reset: PasswordResetService,
    private readonly limits: RateLimiter,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a reset code if the address is registered; the answer never says whether it is' })
  @ApiAcceptedResponse({ description: 'Accepted (whether or not the address exists)' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed' })
  @RateLimitedRoute('codes sent from this address, to this email address or email domain (counted alike for unregistered addresses, so it reveals nothing)')
  async request(@Body() body: PasswordResetRequestDto, @ClientIp() ip: string): Promise<void> {
    await this.limits.enforce('send_code', { ip, target: body.email, domain: emailDomainOf(body.email) });
    await this.reset.request(body.email);
  }

  @Post('confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the emailed code; every session of the account ends' })
  @ApiNoContentResponse({ description: 'Password changed; log in again' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed, weak_password, code_invalid, code_expired' })
  @ApiTooManyRequestsResponse({ type: ErrorResponse, description: 'code_locked' })
  async confirm(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.reset.confirm(body);
  }
}
