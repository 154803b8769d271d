import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { agendaSubject, authorize, planMeeting, type Actor } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import type { AddAgendaItemDto, PlanMeetingDto } from './dto/taskforce-bodies.dto';
import { TaskforceRepository, type AgendaRow } from './taskforce.repository';

export interface MeetingView {
  readonly id: string;
  readonly heldOn: string;
  readonly title: string;
  readonly agenda: AgendaRow[];
}

const UNKNOWN_SUBJECT = {
  field: 'reviewItemId',
  code: 'unknown_subject',
  message: { 'zh-TW': '找不到此提議審議項目或承諾事項。', en: 'No review item or commitment has this id.' },
} as const;

/** The task force's quarterly meetings and their agendas; any member may prepare them. */
@Injectable()
export class MeetingsService {
  constructor(private readonly taskforce: TaskforceRepository) {}

  async plan(actor: Actor, body: PlanMeetingDto): Promise<MeetingView> {
    assertAllowed(authorize(actor, 'taskforce.decide'));
    const meeting = orThrow(planMeeting({ id: randomUUID(), heldOn: body.heldOn, title: body.title }));
    await this.taskforce.insertMeeting(meeting);
    return { ...meeting, agenda: [] };
  }

  async addAgendaItem(actor: Actor, meetingId: string, body: AddAgendaItemDto): Promise<MeetingView> {
    assertAllowed(authorize(actor, 'taskforce.decide'));
    const subject = orThrow(agendaSubject(body));
    const outcome = await this.taskforce.appendAgendaItem(meetingId, subject);
    if (outcome === 'no_meeting') throw new ApiException('not_found');
    if (outcome === 'no_subject') throw new ApiException('validation_failed', [{ ...UNKNOWN_SUBJECT, field: subject.kind === 'review_item' ? 'reviewItemId' : 'commitmentId' }]);
    return this.get(meetingId);
  }

  /** Prepares the agenda from what awaits the task force (routed proposals, new commitment progress); safe to repeat. */
  async fillAgenda(actor: Actor, meetingId: string): Promise<MeetingView> {
    assertAllowed(authorize(actor, 'taskforce.decide'));
    if ((await this.taskforce.fillAgenda(meetingId)) === null) throw new ApiException('not_found');
    return this.get(meetingId);
  }

  async get(meetingId: string): Promise<MeetingView> {
    const found = await this.taskforce.meeting(meetingId);
    if (found === null) throw new ApiException('not_found');
    return { ...found.meeting, agenda: found.agenda };
  }
}
