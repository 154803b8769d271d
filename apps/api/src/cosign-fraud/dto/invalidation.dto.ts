import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INVALIDATION_NOTE_MAX_LENGTH, INVALIDATION_REASONS, type InvalidationReason } from '@open-proposals/domain';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Which co-signs of the proposal: every given part must match; at least one is needed (the domain checks). */
export class InvalidationCriterionDto {
  @ApiPropertyOptional({ example: 'mailinator.com', description: 'Email domain of the co-signers’ accounts (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,63}$/i, { message: 'emailDomain must be a domain such as mailinator.com' })
  emailDomain?: string;

  @ApiPropertyOptional({ example: '3f2a9c0d4b1e8a7f6c5d4e3f2a1b0c9d', description: 'The IP-prefix hash from a trending alert (32 hex digits)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{32}$/i, { message: 'ipPrefixHash must be the 32 hex digits an alert shows' })
  ipPrefixHash?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Co-signs made at or after this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Co-signs made before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class InvalidateCosignsDto extends InvalidationCriterionDto {
  @ApiProperty({ enum: INVALIDATION_REASONS, description: "Public reason; only 'disposable_domain' shows the email domain in the public log" })
  @IsIn(INVALIDATION_REASONS)
  reason!: InvalidationReason;

  @ApiProperty({ maxLength: INVALIDATION_NOTE_MAX_LENGTH, description: 'Public note shown in the log; no personal data', example: '同一網段於一小時內大量附議，經查為自動化程式。' })
  @IsString()
  @MaxLength(INVALIDATION_NOTE_MAX_LENGTH)
  note!: string;
}
