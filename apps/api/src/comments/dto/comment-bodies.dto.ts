import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_MAX_LENGTH, COMMENT_STANCES, type CommentStance } from '@open-proposals/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

// Length and blank bodies are the domain's to refuse (it counts characters as people do);
// the DTO only guards against payloads far beyond any comment.
const BODY_GUARD = COMMENT_MAX_LENGTH * 4;

export class PostCommentDto {
  @ApiProperty({ example: '支持，並建議同時公開原始資料。', maxLength: COMMENT_MAX_LENGTH })
  @IsString()
  @MaxLength(BODY_GUARD)
  body!: string;

  @ApiProperty({ enum: COMMENT_STANCES, example: 'support' })
  @IsIn(COMMENT_STANCES)
  stance!: CommentStance;

  @ApiPropertyOptional({ format: 'uuid', description: 'The top-level comment replied to; a reply to a reply is refused (400 comment.reply_depth)' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

export class EditCommentDto {
  @ApiProperty({ example: '支持，並建議同時公開原始資料與說明。', maxLength: COMMENT_MAX_LENGTH })
  @IsString()
  @MaxLength(BODY_GUARD)
  body!: string;
}

export class ReportCommentDto {
  @ApiPropertyOptional({ example: '人身攻擊', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ModerateCommentDto {
  @ApiProperty({ example: '含有人身攻擊，違反討論規範。', maxLength: 1000, description: 'Required: hiding or restoring someone’s words is always explained' })
  @IsString()
  @MaxLength(1000)
  reason!: string;
}
