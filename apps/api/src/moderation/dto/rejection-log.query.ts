import { ApiPropertyOptional } from '@nestjs/swagger';
import { REJECT_REASON_CODES, type RejectReasonCode } from '@open-proposals/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PaginationQuery } from '../../common/http/pagination.query';

export class RejectionLogQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: REJECT_REASON_CODES, description: 'Only rejections with this reason code' })
  @IsOptional()
  @IsIn(REJECT_REASON_CODES)
  code?: RejectReasonCode;
}
