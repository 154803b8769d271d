import type { LocalizedText } from '../shared/localized-text';
import { TASK_FORCE_ROLES, TASK_FORCE_SIDES, type TaskForceRole, type TaskForceSide } from '../policy/actor';

/**
 * One seat, or a group of seats, of the task force as its founding document describes it.
 * A holder is named only where the document names one; a count only where it gives one.
 */
export interface TaskforceSeat {
  readonly code: string;
  readonly role: TaskForceRole;
  readonly side: TaskForceSide;
  readonly holder: LocalizedText | null;
  readonly title: LocalizedText;
  readonly seatCount: number | null;
  readonly note: LocalizedText;
}

/** The task force's make-up and rhythm: public reference data, not the accounts that act for it. */
export interface TaskforceStructure {
  readonly name: LocalizedText;
  /** The month it was set up (YYYY-MM). */
  readonly establishedIn: string;
  readonly meetingFrequency: 'quarterly';
  readonly composition: LocalizedText;
  readonly source: LocalizedText;
  readonly seats: readonly TaskforceSeat[];
}

export type TaskforceStructureInvalidity = 'no_convener' | 'duplicate_seat' | 'unknown_role' | 'unknown_side' | 'invalid_seat_count' | 'holder_of_group';

/** Checks the structure before it is stored; answers the first problem found, or null. */
export const validateTaskforceStructure = (structure: TaskforceStructure): TaskforceStructureInvalidity | null => {
  const { seats } = structure;
  if (!seats.some((s) => s.role === 'convener')) return 'no_convener';
  if (new Set(seats.map((s) => s.code)).size !== seats.length) return 'duplicate_seat';
  for (const seat of seats) {
    if (!(TASK_FORCE_ROLES as readonly string[]).includes(seat.role)) return 'unknown_role';
    if (!(TASK_FORCE_SIDES as readonly string[]).includes(seat.side)) return 'unknown_side';
    if (seat.seatCount !== null && (!Number.isInteger(seat.seatCount) || seat.seatCount < 1)) return 'invalid_seat_count';
    // A named holder sits in one seat; a group of seats is described, not named.
    if (seat.holder !== null && seat.seatCount !== 1) return 'holder_of_group';
  }
  return null;
};
