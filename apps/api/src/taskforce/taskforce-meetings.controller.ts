import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { uuidParam } from '../common/http/uuid-param';
import { AddAgendaItemDto, PlanMeetingDto } from './dto/taskforce-bodies.dto';
import { MeetingsService } from './meetings.service';
import { MeetingResponse } from './taskforce.response';

const NOT_FOUND = { type: ErrorResponse, description: 'not_found: no such meeting' } as const;

@ApiTags('task force')
@Controller('v1/taskforce/meetings')
@SignedIn()
@RequireRole('task_force_member')
export class TaskforceMeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @ApiOperation({ summary: 'Plan a task-force meeting (it meets quarterly)' })
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed; taskforce.invalid_meeting_date; taskforce.meeting_title_required' })
  plan(@CurrentActor() actor: Actor, @Body() body: PlanMeetingDto): Promise<MeetingResponse> {
    return this.meetings.plan(actor, body);
  }

  @Post(':id/agenda')
  @ApiOperation({ summary: 'Append a routed proposal (review item) or a commitment’s progress to the agenda' })
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed (incl. an unknown review item or commitment); taskforce.agenda_subject_required: give exactly one' })
  @ApiNotFoundResponse(NOT_FOUND)
  addAgendaItem(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: AddAgendaItemDto): Promise<MeetingResponse> {
    return this.meetings.addAgendaItem(actor, id, body);
  }

  @Post(':id/agenda/fill')
  @ApiOperation({
    summary: 'Fill the agenda from what awaits the task force',
    description: 'Appends every open review item (routed proposals, oldest first), then every open commitment with progress reported since it was last heard at another meeting. Items already on the agenda are skipped, so it is safe to repeat.',
  })
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  fillAgenda(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string): Promise<MeetingResponse> {
    return this.meetings.fillAgenda(actor, id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A meeting with its agenda, in order' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiNotFoundResponse(NOT_FOUND)
  get(@Param('id', uuidParam) id: string): Promise<MeetingResponse> {
    return this.meetings.get(id);
  }
}
