import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../common/auth/api-session.decorator';
import { RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { AgencyResponseBody } from './agency.response';
import type { AgencyView } from './agency-views';
import { CreateAgencyService } from './create-agency.service';
import { CreateAgencyDto } from './dto/agency-bodies.dto';

@ApiTags('admin')
@Controller('v1/admin/agencies')
@SignedIn()
@RequireRole('admin')
export class AdminAgenciesController {
  constructor(private readonly creating: CreateAgencyService) {}

  @Post()
  @ApiOperation({ summary: 'Add a responsible agency with its code and names in both languages (admin)' })
  @ApiCreatedResponse({ type: AgencyResponseBody })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: unknown field, a code that is not lowercase letters/digits/hyphens, an empty or long name' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'conflict: the code is taken' })
  create(@Body() body: CreateAgencyDto): Promise<AgencyView> {
    return this.creating.create(body);
  }
}
