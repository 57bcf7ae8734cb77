import { MAX_HOSTNAME_LENGTH } from './schema';

/** Dot-separated labels of letters, digits, '_' and '-' (length checked apart), or an IPv6 literal. */
const HOSTNAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$|^\[[0-9a-f:.]+\]$/;

/** A hostname in the form the per-site list stores ("Example.COM." -> "example.com"), or null. */
export function normalizeHostname(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_HOSTNAME_LENGTH + 1) return null;
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return HOSTNAME.test(host) ? host : null;
}

/** True when `host` or a parent domain of it is in `sites` ("m.example.com" is off with "example.com"). */
export function isSiteDisabled(host: string, sites: readonly string[]): boolean {
  const h = host.toLowerCase();
  return sites.some((s) => h === s || h.endsWith(`.${s}`));
}
