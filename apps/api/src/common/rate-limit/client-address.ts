import { isIP } from 'node:net';

/**
 * The address a client is limited by. IPv4-mapped IPv6 is plain IPv4; other IPv6 addresses are
 * cut to their /64, because one subscriber usually holds a whole /64 and could otherwise rotate
 * through 2^64 addresses to escape every per-address limit.
 */
export const limitedAddress = (raw: string | undefined): string => {
  if (raw === undefined || raw === '') return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (isIP(raw) !== 6) return raw;
  return `${expandIpv6(raw).slice(0, 4).join(':')}::/64`;
};

/** The eight groups of an IPv6 address, `::` filled in, without a zone; groups without leading zeros. */
const expandIpv6 = (address: string): string[] => {
  const [withoutZone = ''] = address.toLowerCase().split('%');
  const [head = '', tail] = withoutZone.split('::');
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.replace(/^0+(?=.)/, ''));
};

/** The domain of an email address, lower case; null when there is none. */
export const emailDomainOf = (email: string): string | null => {
  const at = email.lastIndexOf('@');
  const domain = at < 0 ? '' : email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  return domain === '' ? null : domain;
};
