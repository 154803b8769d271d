import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error.response';
import { RejectionLogQuery } from './dto/rejection-log.query';
import { RejectionLogPage, RejectReason } from './moderation.responses';
import { RejectionLogService } from './rejection-log.service';

@ApiTags('moderation')
@Controller('v1/rejections')
export class RejectionsController {
  constructor(private readonly log: RejectionLogService) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Public rejection log: title, reason code with its label in both languages, public note, date; newest first; no personal data' })
  @ApiOkResponse({ type: RejectionLogPage })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: a bad page, pageSize or code, or an unknown parameter' })
  list(@Query() query: RejectionLogQuery): Promise<RejectionLogPage> {
    return this.log.page(query);
  }

  @Get('reasons')
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'Every rejection reason code with its label in both languages and what it requires' })
  @ApiOkResponse({ type: [RejectReason] })
  reasons(): RejectReason[] {
    return this.log.reasons();
  }
}
