import { createHmac } from 'node:crypto';

/**
 * Mixed into the HMAC input. The key is the co-sign fingerprint secret, shared with the IP-prefix
 * hashes (inputs `v4:…`, `v6:…`); the label keeps the two kinds of hash from ever meaning the same.
 */
const LABEL = 'phone-key/v1:';

/**
 * The number in one spelling, so that two spellings of one phone get one key: separators are
 * dropped, and Taiwan's trunk 0 after +886 (`+8860912…`, which the E.164 check lets through and
 * a text message still reaches) is removed, since no Taiwanese number starts with 0 after +886.
 */
export const normalisedPhone = (phone: string): string => phone.replace(/[\s\-.()]/g, '').replace(/^\+8860+/, '+886');

/**
 * The phone key: HMAC-SHA256 (first 128 bits, hex) of the normalised number. It stands for the
 * number where the number itself may not be kept (an erased account's co-signs): one number gives
 * one key, and without the server secret it cannot be turned back into the number, nor matched
 * against a list of numbers. 128 bits are plenty to tell numbers apart and keep the index small.
 */
export const phoneKey = (phone: string, secret: string): string =>
  createHmac('sha256', secret).update(`${LABEL}${normalisedPhone(phone)}`).digest('hex').slice(0, 32);
