import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLE_KINDS } from './role.mapper';

export class RoleResponse {
  @ApiProperty({ enum: ROLE_KINDS }) kind!: string;
  @ApiPropertyOptional({ enum: ['government', 'civil'] }) side?: string;
  @ApiPropertyOptional({ enum: ['convener', 'co_convener', 'member'] }) role?: string;
  @ApiPropertyOptional({ format: 'uuid' }) agencyId?: string;
}

export class AccountResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'someone@example.org' }) email!: string;
  @ApiProperty({ example: '王小明' }) displayName!: string;
  @ApiProperty({ enum: ['none', 'email', 'phone'] }) verificationTier!: string;
  @ApiProperty({ type: [RoleResponse] }) roles!: RoleResponse[];
  @ApiProperty() createdAt!: Date;
}

export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'false when the verification email could not be sent; ask for a new code later' }) verificationEmailSent!: boolean;
}

export class AccountListResponse {
  @ApiProperty({ type: [AccountResponse] }) items!: AccountResponse[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
