import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AccountErasureSummary, Actor } from '@open-proposals/domain';
import type { FastifyReply } from 'fastify';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, CurrentSessionId } from '../common/auth/auth.decorators';
import { clearSessionCookies } from '../common/auth/session-cookies';
import { ErrorResponse } from '../common/errors/error.response';
import { AppConfig } from '../config/app-config';
import { DeleteAccountService } from './delete-account.service';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { ExportMyDataService, type PersonalDataExport } from './export-my-data.service';
import { AccountErasureResponse, PersonalDataExportResponse } from './privacy.responses';

/** A person's rights over their own data (個人資料保護法 art. 3): a copy, and erasure. */
@ApiTags('privacy')
@Controller('v1/me')
export class MyDataController {
  constructor(
    private readonly config: AppConfig,
    private readonly exporter: ExportMyDataService,
    private readonly deleter: DeleteAccountService,
  ) {}

  @Get('data-export')
  @SignedIn()
  @ApiOperation({ summary: 'Download my data: everything the platform holds about me, as one JSON file (no password or code hashes, no session tokens)' })
  @ApiProduces('application/json')
  @ApiOkResponse({ type: PersonalDataExportResponse, description: 'A download (Content-Disposition: attachment), never cached' })
  async export(
    @CurrentActor() actor: Actor,
    @CurrentSessionId() sessionId: string | null,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<PersonalDataExport> {
    const document = await this.exporter.export(actor.id, sessionId);
    const day = document.generatedAt.slice(0, 10);
    res.header('Content-Disposition', `attachment; filename="open-proposals-my-data-${day}.json"`);
    res.header('Cache-Control', 'no-store');
    return document;
  }

  @Post('account-deletion')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary:
      'Delete my account, re-entering the password: personal data is erased and every session ends; co-signs keep counting anonymously, comments stay as by a deleted account, published proposals stay, drafts are withdrawn',
  })
  @ApiOkResponse({ type: AccountErasureResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed, or password_incorrect' })
  async delete(@CurrentActor() actor: Actor, @Body() body: DeleteAccountDto, @Res({ passthrough: true }) res: FastifyReply): Promise<AccountErasureSummary> {
    const summary = await this.deleter.delete(actor, body.password);
    clearSessionCookies(res, this.config.isProduction);
    return summary;
  }
}
