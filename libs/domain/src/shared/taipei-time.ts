/**
 * Calendar arithmetic in Asia/Taipei. Taiwan has kept UTC+8 without daylight saving
 * since 1979, so a fixed offset is exact and keeps the domain free of timezone data.
 */
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date in the form YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a well-formed calendar date that exists (rejects 2024-02-30). */
export const isIsoDate = (value: string): value is IsoDate => {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

const shifted = (instant: Date): Date => new Date(instant.getTime() + TAIPEI_OFFSET_MS);

/** The Taipei calendar date containing an instant. */
export const taipeiDate = (instant: Date): IsoDate => shifted(instant).toISOString().slice(0, 10) as IsoDate;

/** Day of week in Taipei: 0 = Sunday … 6 = Saturday. */
export const taipeiWeekday = (instant: Date): number => shifted(instant).getUTCDay();

/** The instant at which the Taipei day containing `instant` begins (00:00 Taipei). */
export const startOfTaipeiDay = (instant: Date): Date => {
  const local = shifted(instant);
  const midnightLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(midnightLocal - TAIPEI_OFFSET_MS);
};

export const addDays = (instant: Date, days: number): Date => new Date(instant.getTime() + days * DAY_MS);
