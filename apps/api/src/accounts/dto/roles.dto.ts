import { PaginationQuery } from '../../common/http/pagination.query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_FORCE_ROLES, TASK_FORCE_SIDES, type Role, type TaskForceRole, type TaskForceSide } from '@open-proposals/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { ROLE_KINDS } from '../role.mapper';

/** One role; side and role are required for task-force members, agencyId for agency officers. */
export class RoleDto {
  @ApiProperty({ enum: ROLE_KINDS })
  @IsIn(ROLE_KINDS)
  kind!: Role['kind'];

  @ApiPropertyOptional({ enum: TASK_FORCE_SIDES, description: 'task_force_member only' })
  @ValidateIf((o: RoleDto) => o.kind === 'task_force_member')
  @IsIn(TASK_FORCE_SIDES)
  side?: TaskForceSide;

  @ApiPropertyOptional({ enum: TASK_FORCE_ROLES, description: 'task_force_member only' })
  @ValidateIf((o: RoleDto) => o.kind === 'task_force_member')
  @IsIn(TASK_FORCE_ROLES)
  role?: TaskForceRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'agency_officer only' })
  @ValidateIf((o: RoleDto) => o.kind === 'agency_officer')
  @IsUUID()
  agencyId?: string;
}

export class ReplaceRolesDto {
  @ApiProperty({ type: [RoleDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoleDto)
  roles!: RoleDto[];

  @ApiPropertyOptional({ maxLength: 500, description: 'Why; kept in the audit log' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** The validated DTO as a domain Role; fields that do not belong to the kind are dropped. */
export const toRole = (dto: RoleDto): Role => {
  switch (dto.kind) {
    case 'task_force_member':
      return { kind: dto.kind, side: dto.side as TaskForceSide, role: dto.role as TaskForceRole };
    case 'agency_officer':
      return { kind: dto.kind, agencyId: dto.agencyId as string };
    case 'citizen':
    case 'moderator':
    case 'admin':
      return { kind: dto.kind };
  }
};

export class ListUsersQuery extends PaginationQuery {
  @ApiPropertyOptional({ maxLength: 100, description: 'Part of an email address or display name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
