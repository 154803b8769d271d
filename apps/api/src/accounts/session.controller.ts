import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, CurrentSessionId } from '../common/auth/auth.decorators';
import { clearSessionCookies, sessionTokenOf, setSessionCookies } from '../common/auth/session-cookies';
import { ApiException } from '../common/errors/api.exception';
import { ClientIp } from '../common/rate-limit/client-ip.decorator';
import { RateLimitedRoute } from '../common/rate-limit/rate-limited.decorator';
import { RateLimiter } from '../common/rate-limit/rate-limiter';
import { ErrorResponse } from '../common/errors/error.response';
import { AppConfig } from '../config/app-config';
import { AccountResponse } from './account.response';
import { LoginDto } from './dto/register.dto';
import type { AccountView } from './role.mapper';
import { SessionService } from './session.service';
import { UsersRepository } from './users.repository';

@ApiTags('session')
@Controller('v1/session')
export class SessionController {
  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly users: UsersRepository,
    private readonly limits: RateLimiter,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: sets the httpOnly op_session cookie and the readable op_csrf cookie (a new session every time)' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed' })
  @ApiUnauthorizedResponse({ type: ErrorResponse, description: 'invalid_credentials (the same for an unknown email and a wrong password)' })
  @RateLimitedRoute('login attempts from this address, or for this account from this address')
  async login(@Body() body: LoginDto, @ClientIp() ip: string, @Req() req: FastifyRequest, @Res({ passthrough: true }) res: FastifyReply): Promise<AccountView> {
    // Throttled per address and per (address, account), never per account alone: failing passwords
    // for someone from elsewhere must not lock them out of their own browser.
    const attempt = { ip, ip_account: `${ip} ${body.email}` };
    await this.limits.enforce('login', attempt);
    const issued = await this.sessions.login(body.email, body.password, sessionTokenOf(req.cookies));
    await this.limits.forget('login', 'ip_account', attempt);
    setSessionCookies(res, issued, this.config.isProduction);
    const account = await this.users.findAccount(issued.userId);
    if (account === null) throw new ApiException('internal');
    return account;
  }

  @Delete()
  @HttpCode(204)
  @SignedIn()
  @ApiOperation({ summary: 'Log out: ends this session and clears its cookies' })
  @ApiNoContentResponse({ description: 'Logged out' })
  async logout(@CurrentSessionId() sessionId: string | null, @Res({ passthrough: true }) res: FastifyReply): Promise<void> {
    if (sessionId !== null) await this.sessions.logout(sessionId);
    clearSessionCookies(res, this.config.isProduction);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in person: id, email, display name, verification tier and roles' })
  @ApiOkResponse({ type: AccountResponse })
  async me(@CurrentActor() actor: Actor): Promise<AccountView> {
    const account = await this.users.findAccount(actor.id);
    if (account === null) throw new ApiException('unauthenticated');
    return account;
  }
}
