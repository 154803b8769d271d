import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PROPOSAL_SORTS, PUBLIC_STATUSES, type ProposalSort, type PublicStatus } from './public-proposal';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class ListProposalsQuery {
  @ApiPropertyOptional({ enum: PUBLIC_STATUSES })
  @IsOptional()
  @IsIn(PUBLIC_STATUSES)
  status?: PublicStatus;

  @ApiPropertyOptional({ description: "An area code of the plan, or 'general'", example: 'open-data' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/)
  area?: string;

  @ApiPropertyOptional({ description: 'A suggested or routed agency id' })
  @IsOptional()
  @IsUUID()
  agency?: string;

  @ApiPropertyOptional({ description: 'Words to find in the title or text; any substring of two or more characters, Chinese included', example: '開放資料' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  q?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(PROPOSAL_SORTS)
  sort: ProposalSort = 'newest';

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page = 1;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

export class SimilarProposalsQuery {
  @ApiPropertyOptional({ description: 'The title being written', example: '公開預算資料' })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  title!: string;
}
