import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldErrorResponse {
  @ApiProperty({ example: 'email' }) field!: string;
  @ApiProperty({ example: 'isEmail' }) code!: string;
  @ApiProperty({ example: 'Must be a valid email address.' }) message!: string;
}

/** The body of every error, as AllExceptionsFilter writes it; documented once for Swagger. */
export class ErrorResponse {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'validation_failed', description: 'Stable code; see ERROR_CATALOG' }) code!: string;
  @ApiProperty({ description: 'In the language of Accept-Language (zh-TW by default, or en)' }) message!: string;
  @ApiPropertyOptional({ type: [FieldErrorResponse] }) errors?: FieldErrorResponse[];
  @ApiPropertyOptional() requestId?: string;
}
