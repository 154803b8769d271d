import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSESSMENT_KINDS, type AssessmentKind } from '@open-proposals/domain';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/**
 * Text in both languages; English may be left for later. Enum values and formats are the
 * domain's to refuse (with its own codes), so the DTOs only bound types and sizes.
 */
export class LocalizedInputDto {
  @ApiProperty({ example: '建立會議紀錄公開平台' }) @IsString() @MaxLength(4000) 'zh-TW'!: string;
  @ApiPropertyOptional({ example: 'Publish meeting minutes on one platform' }) @IsOptional() @IsString() @MaxLength(4000) en?: string;
}

export class AddMilestoneDto {
  @ApiProperty({ type: LocalizedInputDto }) @IsDefined() @ValidateNested() @Type(() => LocalizedInputDto) title!: LocalizedInputDto;
  @ApiProperty({ example: '2025-12-31' }) @IsString() @MaxLength(10) dueOn!: string;
  @ApiPropertyOptional({ example: 'planned', description: 'planned | in_progress | done | delayed (default planned)' }) @IsOptional() @IsString() @MaxLength(20) status?: string;
  @ApiPropertyOptional({ example: 'https://www.ndc.gov.tw/report.pdf' }) @IsOptional() @IsString() @MaxLength(2000) evidenceUrl?: string;
}

export class ReportProgressDto {
  @ApiProperty({ example: '2025-Q3' }) @IsString() @MaxLength(7) quarter!: string;
  @ApiProperty({ type: LocalizedInputDto }) @IsDefined() @ValidateNested() @Type(() => LocalizedInputDto) text!: LocalizedInputDto;
  @ApiProperty({ example: 'limited', description: 'no_evidence | not_started | limited | substantial | complete' }) @IsString() @MaxLength(20) completion!: string;
}

export class AssessCommitmentDto {
  @ApiProperty({ enum: ASSESSMENT_KINDS, description: 'self: task force or a responsible agency’s officer; irm: an admin, for the IRM' })
  @IsIn(ASSESSMENT_KINDS)
  kind!: AssessmentKind;

  @ApiProperty({ example: 'substantial' }) @IsString() @MaxLength(20) completion!: string;
  @ApiProperty({ example: 'modest' }) @IsString() @MaxLength(20) potentialResults!: string;
  @ApiProperty({ example: 'major' }) @IsString() @MaxLength(20) didItOpenGovernment!: string;
  @ApiProperty({ example: 'yes' }) @IsString() @MaxLength(3) verifiable!: string;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) note?: string;
}

export class CloseTrackingDto {
  @ApiProperty({ example: '各里程碑均已完成，並經推動小組第 8 次會議確認。', description: 'Shown publicly next to the commitment' })
  @IsString()
  @MaxLength(4000)
  reason!: string;
}
