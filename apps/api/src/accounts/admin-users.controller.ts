import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { AccountListResponse, AccountResponse } from './account.response';
import { ListUsersQuery, ReplaceRolesDto, toRole } from './dto/roles.dto';
import type { AccountView } from './role.mapper';
import { UserRolesService } from './user-roles.service';
import { uuidParam } from '../common/http/uuid-param';

@ApiTags('admin')
@Controller('v1/admin/users')
@SignedIn()
@RequireRole('admin')
export class AdminUsersController {
  constructor(private readonly roles: UserRolesService) {}

  @Get()
  @ApiOperation({ summary: 'Every account, oldest first, a page at a time, optionally only those whose email or name contains q (admin)' })
  @ApiOkResponse({ type: AccountListResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: page or pageSize out of range, q too long' })
  async list(@Query() query: ListUsersQuery): Promise<{ items: AccountView[]; page: number; pageSize: number; total: number }> {
    const { items, total } = await this.roles.list(query.page, query.pageSize, query.q?.trim() ?? '');
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  @Put(':id/roles')
  @ApiOperation({ summary: 'Replace every role of an account (admin); recorded in the audit log' })
  @ApiOkResponse({ type: AccountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: a role is malformed' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no such account' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'conflict: an admin cannot remove their own admin role' })
  replace(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam) id: string,
    @Body() body: ReplaceRolesDto,
  ): Promise<AccountView> {
    return this.roles.replace(actor, id, body.roles.map(toRole), body.reason ?? null);
  }
}
