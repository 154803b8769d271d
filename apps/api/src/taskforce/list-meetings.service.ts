import { Injectable } from '@nestjs/common';
import { hasRole, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { TaskforceRepository, type MeetingSummaryRow, type MeetingsWhen } from './taskforce.repository';

/**
 * The task force's meetings, upcoming or past. Members prepare them; admins may read the list
 * too (they run the platform the meetings are planned on), but only members change agendas.
 */
@Injectable()
export class ListMeetingsService {
  constructor(private readonly taskforce: TaskforceRepository) {}

  list(actor: Actor, when: MeetingsWhen, page: number, pageSize: number): Promise<{ items: MeetingSummaryRow[]; total: number }> {
    if (!hasRole(actor, 'task_force_member') && !hasRole(actor, 'admin')) throw new ApiException('forbidden');
    return this.taskforce.meetings(when, page, pageSize);
  }
}
