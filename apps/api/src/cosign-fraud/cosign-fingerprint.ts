import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** What a co-sign keeps about where it came from; no field holds an address. */
export interface IpFingerprint {
  /** HMAC-SHA256 (first 128 bits, hex) of the /24 (IPv4) or /48 (IPv6) prefix. */
  readonly prefixHash: string;
  /** A coarser mask for moderators' screens: /16 (`203.0.*.*`) or /32 (`2001:db8:*`). */
  readonly masked: string;
}

/** The eight hextets of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
const hextets = (address: string): string[] => {
  const [head = '', tail] = address.split('::');
  const part = (s: string): string[] => {
    if (s === '') return [];
    const pieces = s.split(':');
    const last = pieces[pieces.length - 1] ?? '';
    if (isIPv4(last)) {
      const [a = 0, b = 0, c = 0, d = 0] = last.split('.').map(Number);
      pieces.splice(-1, 1, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
    }
    return pieces;
  };
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...fill, ...right].map((h) => parseInt(h, 16).toString(16));
};

/**
 * The fingerprint of a client address, or null when there is none usable. IPv4-mapped IPv6
 * (`::ffff:203.0.113.9`, how Node reports IPv4 on a dual-stack socket) counts as IPv4.
 */
export const ipFingerprint = (address: string | undefined, secret: string): IpFingerprint | null => {
  if (address === undefined) return null;
  const ip = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const hash = (prefix: string): string => createHmac('sha256', secret).update(prefix).digest('hex').slice(0, 32);
  if (isIPv4(ip)) {
    const [a, b, c] = ip.split('.');
    return { prefixHash: hash(`v4:${a}.${b}.${c}`), masked: `${a}.${b}.*.*` };
  }
  if (isIPv6(ip)) {
    const h = hextets(ip.split('%')[0] ?? ip);
    return { prefixHash: hash(`v6:${h.slice(0, 3).join(':')}`), masked: `${h[0]}:${h[1]}:*` };
  }
  return null;
};
