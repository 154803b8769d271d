import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { PaginationQuery } from '../common/http/pagination.query';
import { MarkNotificationsReadDto, NotificationSettingsDto } from './dto/notification-bodies.dto';
import { NotificationPageResponse, NotificationSettingsResponse, UnreadCountResponse } from './notifications.responses';
import { MyNotificationsService } from './my-notifications.service';

@ApiTags('notifications')
@Controller('v1/me')
@SignedIn()
export class NotificationsController {
  constructor(private readonly notifications: MyNotificationsService) {}

  @Get('notifications')
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count; new ones are also pushed live as `notification` socket events' })
  @ApiOkResponse({ type: NotificationPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'A bad page or pageSize' })
  list(@CurrentActor() actor: Actor, @Query() query: PaginationQuery): Promise<NotificationPageResponse> {
    return this.notifications.page(actor.id, query.page, query.pageSize);
  }

  @Post('notifications/read')
  @ApiOperation({ summary: 'Mark some of my notifications read (ids), or all of them (no ids); other people’s ids are ignored' })
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: ids must be up to 100 uuids' })
  async markRead(@CurrentActor() actor: Actor, @Body() body: MarkNotificationsReadDto): Promise<UnreadCountResponse> {
    return { unread: await this.notifications.markRead(actor.id, body.ids ?? null) };
  }

  @Get('notification-settings')
  @ApiOperation({ summary: 'Whether my notifications are also emailed' })
  @ApiOkResponse({ type: NotificationSettingsResponse })
  async settings(@CurrentActor() actor: Actor): Promise<NotificationSettingsResponse> {
    return { email: await this.notifications.emailEnabled(actor.id) };
  }

  @Put('notification-settings')
  @ApiOperation({ summary: 'Turn notification emails on or off (in-app notifications always arrive)' })
  @ApiOkResponse({ type: NotificationSettingsResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: email must be true or false' })
  async changeSettings(@CurrentActor() actor: Actor, @Body() body: NotificationSettingsDto): Promise<NotificationSettingsResponse> {
    return { email: await this.notifications.setEmail(actor, body.email) };
  }
}
