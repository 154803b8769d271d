import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { normalisedEmail } from './register.dto';

export class CodeDto {
  @ApiProperty({ example: '042917', description: 'The six digits received' })
  @Matches(/^\d{6}$/)
  code!: string;
}

export class PhoneDto {
  @ApiProperty({ example: '+886912345678', description: 'Mobile number in E.164 form' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/[\s-]/g, '') : value))
  @Matches(/^\+[1-9]\d{7,14}$/)
  phone!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'someone@example.org' })
  @Transform(normalisedEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmDto extends PasswordResetRequestDto {
  @ApiProperty({ example: '042917' })
  @Matches(/^\d{6}$/)
  code!: string;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}
