import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { hash, verify, argon2id } from 'argon2';

/** A session or CSRF token: 32 random bytes, base64url (cookie-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored under the token's SHA-256, so the table alone opens nothing. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Six digits, uniformly drawn (randomInt avoids modulo bias), keeping leading zeros. */
export const newSixDigitCode = (): string => randomInt(0, 1_000_000).toString().padStart(6, '0');

/**
 * Codes are keyed by their row id. Six digits cannot resist an offline search anyway; the hash
 * keeps them out of backups and query logs, and expiry plus the attempt limit do the real work.
 */
export const hashCode = (codeId: string, code: string): string => createHmac('sha256', codeId).update(code).digest('hex');

export const codeMatches = (codeId: string, code: string, storedHash: string): boolean => {
  const given = Buffer.from(hashCode(codeId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
};

export const hashPassword = (password: string): Promise<string> => hash(password, { type: argon2id });

export const passwordMatches = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must fail closed, not answer 500 with a stack.
    return false;
  }
};
