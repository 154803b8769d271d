import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
export const normalisedEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ example: 'someone@example.org', maxLength: 254 })
  @Transform(normalisedEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12, maxLength: 256, description: 'At least 12 characters of two kinds or more; not the email address' })
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiProperty({ example: '王小明', maxLength: 50 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  displayName!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'someone@example.org' })
  @Transform(normalisedEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;
}
