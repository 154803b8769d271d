import { ApiError } from '../../../shared/api/api-error';

/** The server's messages for one field (already in the reader's language). */
export const fieldMessages = (error: unknown, field: string): string[] =>
  error instanceof ApiError ? error.errors.filter((e) => e.field === field).map((e) => e.message) : [];
