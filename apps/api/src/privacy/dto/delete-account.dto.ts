import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Erasing an account asks for the password again: a session left open on a shared computer is not enough. */
export class DeleteAccountDto {
  @ApiProperty({ description: 'The account’s current password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}
