import { addDays, DAY_MS, isIsoDate, startOfTaipeiDay, taipeiDate, taipeiWeekday } from '../shared/taipei-time';

/**
 * Extra non-working days (national holidays, typhoon days) as Taipei calendar dates.
 * Weekends are always non-working; this list only adds to them.
 */
export type HolidayCalendar = readonly string[];

/** A Taipei day is a working day if it is Monday–Friday and not a listed holiday. */
export const isWorkingDay = (instant: Date, holidays: HolidayCalendar = []): boolean => {
  const weekday = taipeiWeekday(instant);
  if (weekday === 0 || weekday === 6) return false;
  return !holidays.includes(taipeiDate(instant));
};

/** Malformed holiday entries, so that a cycle's settings can refuse them before they are saved. */
export const invalidHolidays = (holidays: HolidayCalendar): string[] => holidays.filter((day) => !isIsoDate(day));

/**
 * The instant at which the `workingDays`-th working day after the day of `from` ends
 * (00:00 Taipei of the next day). The starting day itself is not counted — as in
 * Taiwan's administrative rule that the first day of a period is not included
 * (始日不算入) — so a Friday-evening submission gets the full five days of the next week.
 */
export const addWorkingDays = (from: Date, workingDays: number, holidays: HolidayCalendar = []): Date => {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays must be a non-negative integer, got ${workingDays}`);
  }
  let day = startOfTaipeiDay(from);
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) counted += 1;
  }
  return new Date(day.getTime() + DAY_MS);
};

