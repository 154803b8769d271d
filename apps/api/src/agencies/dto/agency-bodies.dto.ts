import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_CODE_PATTERN, AGENCY_RESPONSE_LIMITS } from '@open-proposals/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

const { maxPoints, maxHeadingLength, maxBodyLength, maxReasonLength } = AGENCY_RESPONSE_LIMITS;

// Counts, blank texts and exact lengths are the domain's to refuse (it counts characters as
// people do, and names the failing point); the DTO only guards against payloads far beyond them.
export class ResponsePointDto {
  @ApiPropertyOptional({ example: '一、辦理現況', maxLength: maxHeadingLength, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(maxHeadingLength * 4)
  heading?: string | null;

  @ApiProperty({ example: '本會已於 2024 年 3 月公開相關資料集。', maxLength: maxBodyLength })
  @IsString()
  @MaxLength(maxBodyLength * 4)
  body!: string;
}

export class RespondDto {
  @ApiProperty({ type: [ResponsePointDto], maxItems: maxPoints, description: 'The answer, point by point; published on the proposal page and not editable afterwards' })
  @IsArray()
  @ArrayMaxSize(maxPoints * 2)
  @ValidateNested({ each: true })
  @Type(() => ResponsePointDto)
  points!: ResponsePointDto[];
}

export class ExtendDto {
  @ApiProperty({ example: '需跨部會協調，預計於下次推動小組會議後回應。', maxLength: maxReasonLength, description: 'Public' })
  @IsString()
  @MaxLength(maxReasonLength * 4)
  reason!: string;

  @ApiProperty({ example: '2025-06-30T16:00:00.000Z', format: 'date-time', description: 'Must be later than the current due date' })
  @IsISO8601({ strict: true })
  newDueAt!: string;
}

export class CreateAgencyDto {
  @ApiProperty({ example: 'ndc', pattern: AGENCY_CODE_PATTERN.source, description: 'Stable public key: lowercase letters, digits and hyphens' })
  @IsString()
  @Matches(AGENCY_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: '國家發展委員會', maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameZhTw!: string;

  @ApiProperty({ example: 'National Development Council', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  nameEn!: string;
}
