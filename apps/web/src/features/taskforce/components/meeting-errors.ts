import { ApiError } from '../../../shared/api/api-error';

/** YYYY-MM-DD that names a real day (what the API's planMeeting accepts). */
export const isCalendarDay = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** The API refused with this domain code (its message is already in the reader's language). */
export const isDomainError = (error: unknown, code: string): error is ApiError => error instanceof ApiError && error.code === code;
