import type { ParticipationRules } from '../participation/participation-rules';
import { addWorkingDays, type HolidayCalendar } from '../participation/working-days';
import type { Proposal } from '../proposal/proposal.state';

/** When the review of a submission is due: N working days (Taipei) after the day of submission. */
export const reviewDueAt = (
  submittedAt: Date,
  rules: Pick<ParticipationRules, 'reviewWorkingDays'>,
  holidays: HolidayCalendar = [],
): Date => addWorkingDays(submittedAt, rules.reviewWorkingDays, holidays);

/** Overdue from the due instant on (the due instant is the exclusive end of the last working day). */
export const isReviewOverdue = (
  submittedAt: Date,
  rules: Pick<ParticipationRules, 'reviewWorkingDays'>,
  now: Date,
  holidays: HolidayCalendar = [],
): boolean => now.getTime() >= reviewDueAt(submittedAt, rules, holidays).getTime();

export interface ReviewClock {
  readonly submittedAt: Date;
  readonly dueAt: Date;
  readonly overdue: boolean;
}

/**
 * The clock shown on the moderation queue and counted in the public backlog; null for a
 * proposal that is not waiting for review. A resubmission restarts the clock.
 */
export const reviewClock = (
  proposal: Pick<Proposal, 'status' | 'submittedAt'>,
  rules: Pick<ParticipationRules, 'reviewWorkingDays'>,
  now: Date,
  holidays: HolidayCalendar = [],
): ReviewClock | null => {
  if (proposal.status !== 'in_review' || proposal.submittedAt === null) return null;
  const dueAt = reviewDueAt(proposal.submittedAt, rules, holidays);
  return { submittedAt: proposal.submittedAt, dueAt, overdue: now.getTime() >= dueAt.getTime() };
};

/** The public backlog counter: how many proposals in review are overdue. */
export const countOverdueReviews = (
  proposals: readonly Pick<Proposal, 'status' | 'submittedAt'>[],
  rules: Pick<ParticipationRules, 'reviewWorkingDays'>,
  now: Date,
  holidays: HolidayCalendar = [],
): number => proposals.filter((p) => reviewClock(p, rules, now, holidays)?.overdue === true).length;
