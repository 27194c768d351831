/** Access rules: loopback by default, a token for any other address, CSRF tokens, reviewer names. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { UserError } from '../shared/errors.ts';

export const SESSION_COOKIE = 'eviden_sesi';
export const CSRF_COOKIE = 'eviden_csrf';
export const REVIEWER_COOKIE = 'eviden_peninjau';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

/** The token to require: given on the command line or in EVIDEN_TOKEN; mandatory off loopback. */
export function resolveToken(host: string, token: string | undefined): string | null {
  const t = token?.trim() ?? '';
  if (t === '' && !isLoopbackHost(host)) {
    throw new UserError(
      `Dasbor hanya boleh mendengarkan di ${host} (bukan 127.0.0.1) jika memakai token akses. ` +
        'Berikan --token RAHASIA atau atur variabel lingkungan EVIDEN_TOKEN, lalu jalankan lagi.',
    );
  }
  if (t !== '' && t.length < 12) {
    throw new UserError('Token akses terlalu pendek: pakai minimal 12 karakter acak (mis. keluaran "openssl rand -hex 16").');
  }
  return t === '' ? null : t;
}

/** Compares secrets in constant time (also when their lengths differ). */
export function secretsEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}

/** What the login cookie holds: derived from the token, so the token itself never sits in a cookie. */
export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('eviden-sesi-v1').digest('hex');
}

export interface Credentials {
  authorization: string | undefined;
  cookies: Record<string, string>;
}

export function isAuthorized(token: string | null, cred: Credentials): boolean {
  if (token === null) return true;
  const bearer = /^Bearer\s+(.+)$/i.exec(cred.authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined && secretsEqual(bearer, token)) return true;
  const session = cred.cookies[SESSION_COOKIE];
  return session !== undefined && secretsEqual(session, sessionValue(token));
}

export function newCsrfToken(): string {
  return randomBytes(24).toString('hex');
}

export function csrfValid(cookieValue: string | undefined, submitted: string | undefined): boolean {
  if (!cookieValue || !submitted || !/^[0-9a-f]{48}$/.test(cookieValue)) return false;
  return secretsEqual(cookieValue, submitted);
}

/**
 * On a loopback bind the Host header must name the loopback address: a web page on another site
 * cannot then reach the dashboard through DNS rebinding.
 */
export function hostAllowed(hostHeader: string | undefined, bindHost: string, port: number): boolean {
  if (!isLoopbackHost(bindHost)) return true;
  if (!hostHeader) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim());
  if (!m) return false;
  return isLoopbackHost(m[1]!) && (m[2] === undefined ? port === 80 : Number(m[2]) === port);
}

/** An Origin header, when present, must be this server (scheme + Host). */
export function originAllowed(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === hostHeader;
  } catch {
    return false;
  }
}

export const REVIEWER_MAX = 80;

/** A reviewer's name as typed into the form: trimmed, single spaces, no control characters. */
export function cleanReviewerName(raw: string | undefined): string | null {
  const name = (raw ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > REVIEWER_MAX) return null;
  return name;
}

/** Failed logins per client address: after `limit` failures the address waits `windowMs`. */
export interface LoginThrottle {
  blocked(address: string): boolean;
  failed(address: string): void;
  succeeded(address: string): void;
}

export function createLoginThrottle(limit = 10, windowMs = 60_000, now: () => number = Date.now): LoginThrottle {
  const failures = new Map<string, { count: number; since: number }>();
  const current = (address: string): { count: number; since: number } | undefined => {
    const entry = failures.get(address);
    if (entry && now() - entry.since > windowMs) {
      failures.delete(address);
      return undefined;
    }
    return entry;
  };
  return {
    blocked: (address) => (current(address)?.count ?? 0) >= limit,
    failed(address) {
      const entry = current(address);
      if (entry) entry.count += 1;
      else failures.set(address, { count: 1, since: now() });
    },
    succeeded: (address) => void failures.delete(address),
  };
}
