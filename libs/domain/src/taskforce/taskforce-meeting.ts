import { err, ok, type Result } from '../shared/result';
import { isCalendarDay } from '../commitment/commitment.state';
import type { TaskforceError } from './taskforce-decision';

export interface TaskforceMeeting {
  readonly id: string;
  readonly heldOn: string;
  readonly title: string;
}

/** An agenda item is either a routed proposal's review item or a commitment's progress (DOMAIN.md). */
export type AgendaSubject =
  | { readonly kind: 'review_item'; readonly reviewItemId: string }
  | { readonly kind: 'commitment'; readonly commitmentId: string };

export const planMeeting = (input: { readonly id: string; readonly heldOn: string; readonly title: string }): Result<TaskforceMeeting, TaskforceError> => {
  if (!isCalendarDay(input.heldOn)) return err({ code: 'taskforce.invalid_meeting_date' });
  const title = input.title.trim();
  if (title === '') return err({ code: 'taskforce.meeting_title_required' });
  return ok({ id: input.id, heldOn: input.heldOn, title });
};

/** Exactly one subject per item, so the agenda reads as a list of things to decide or hear. */
export const agendaSubject = (input: { readonly reviewItemId?: string | null; readonly commitmentId?: string | null }): Result<AgendaSubject, TaskforceError> => {
  const reviewItemId = input.reviewItemId ?? null;
  const commitmentId = input.commitmentId ?? null;
  if (reviewItemId !== null && commitmentId === null) return ok({ kind: 'review_item', reviewItemId });
  if (commitmentId !== null && reviewItemId === null) return ok({ kind: 'commitment', commitmentId });
  return err({ code: 'taskforce.agenda_subject_required' });
};
