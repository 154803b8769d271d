import { isIP } from 'node:net';

/** The trust proxy setting (Fastify's trustProxy, read by proxy-addr as Express read it): false, a number of hops, or the proxies' addresses and subnets. */
export type TrustProxySetting = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isSubnet = (value: string): boolean => {
  const [address = '', bits, ...rest] = value.split('/');
  if (rest.length > 0 || isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

/**
 * Reads TRUST_PROXY. `true` (trust every X-Forwarded-For hop) is refused on purpose: then any
 * client could name its own address and walk past every per-address limit.
 */
export const parseTrustProxy = (text: string): TrustProxySetting | string => {
  const value = text.trim().toLowerCase();
  if (value === 'false' || value === 'none') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? hops : 'a hop count must be between 1 and 10';
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !NAMED.has(entry) && !isSubnet(entry));
  if (entries.length === 0 || bad.length > 0) {
    return `use false, a hop count (1-10), or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets (not ${bad.map((b) => `"${b}"`).join(', ') || 'empty'}); "true" is refused because any client could then choose its address`;
  }
  return entries;
};
