import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { ListMeetingsQuery } from './dto/taskforce-bodies.dto';
import { ListMeetingsService } from './list-meetings.service';
import { MeetingPageResponse } from './taskforce.response';

// Its own controller: the meetings controller's role gate admits task-force members only, and this list is also the admin's.
@ApiTags('task force')
@Controller('v1/taskforce/meetings')
@SignedIn()
export class TaskforceMeetingListController {
  constructor(private readonly meetings: ListMeetingsService) {}

  @Get()
  @ApiOperation({ summary: 'Task-force meetings, upcoming (soonest first) or past (latest first), a page at a time (task-force members and admins)' })
  @ApiOkResponse({ type: MeetingPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: an unknown parameter, a bad page/pageSize or when' })
  async list(@CurrentActor() actor: Actor, @Query() query: ListMeetingsQuery): Promise<MeetingPageResponse> {
    const { items, total } = await this.meetings.list(actor, query.when, query.page, query.pageSize);
    return { items, total, when: query.when, page: query.page, pageSize: query.pageSize };
  }
}
