import { ApiPropertyOptional } from '@nestjs/swagger';
import { COSIGN_COMMENT_MAX_LENGTH } from '@open-proposals/domain';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateCosignDto {
  @ApiPropertyOptional({
    maxLength: COSIGN_COMMENT_MAX_LENGTH,
    description: 'An optional short public comment, shown without the co-signer’s name',
    example: '支持公開預算資料',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(COSIGN_COMMENT_MAX_LENGTH)
  comment?: string;
}
