import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REJECT_REASON_CODES, type RejectReasonCode } from '@open-proposals/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Long enough for a careful explanation, short enough to stay a note. */
const NOTE_MAX = 2000;

export class ReturnProposalDto {
  @ApiProperty({ maxLength: NOTE_MAX, description: 'What the proposer should fix before resubmitting; shown to the proposer', example: '請補充具體建議的執行方式。' })
  @IsString()
  @MaxLength(NOTE_MAX)
  note!: string;
}

export class RejectProposalDto {
  @ApiProperty({ enum: REJECT_REASON_CODES, description: "The public reason; 'other' needs a note, 'duplicate' needs duplicateOfId" })
  @IsIn(REJECT_REASON_CODES)
  code!: RejectReasonCode;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'Public note, shown in the rejection log; required for code other' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The original (a published proposal); required for code 'duplicate'" })
  @IsOptional()
  @IsUUID()
  duplicateOfId?: string;
}

export class MarkDuplicateDto {
  @ApiProperty({ format: 'uuid', description: 'The original, a published proposal that readers are sent to' })
  @IsUUID()
  duplicateOfId!: string;
}

export class AssignAgenciesDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The agencies asked to answer (GET /api/v1/agencies lists them)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  agencyIds!: string[];
}
