/** Access rules: loopback by default, a token for any other address, CSRF tokens, reviewer names. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { UserError } from '../shared/errors.ts';
import type { SessionStore } from './sessions.ts';
import type { OpdAccess } from '../store/opd-access.ts';

export const SESSION_COOKIE = 'eviden_sesi';
export const CSRF_COOKIE = 'eviden_csrf';
export const REVIEWER_COOKIE = 'eviden_peninjau';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

export const TOKEN_MIN_LENGTH = 24;
const TOKEN_MIN_DISTINCT = 10;

/** The access token in force, and whether eviden made it up (then it must be shown to whoever started the server). */
export interface AccessToken {
  token: string | null;
  generated: boolean;
}

/**
 * The token to require: given on the command line or in EVIDEN_TOKEN, and then strong (at least 24 characters, at
 * least 10 different ones); off loopback without one, a random token is generated (192 bits).
 */
export function resolveToken(host: string, token: string | undefined): AccessToken {
  const t = token?.trim() ?? '';
  if (t === '') return isLoopbackHost(host) ? { token: null, generated: false } : { token: randomBytes(24).toString('base64url'), generated: true };
  if (t.length < TOKEN_MIN_LENGTH || new Set(t).size < TOKEN_MIN_DISTINCT) {
    throw new UserError(
      `Token akses terlalu lemah: pakai minimal ${TOKEN_MIN_LENGTH} karakter acak dengan paling sedikit ${TOKEN_MIN_DISTINCT} karakter berbeda ` +
        '(mis. keluaran "openssl rand -hex 16"), atau jangan isi --token/EVIDEN_TOKEN agar eviden membuatkan token acak.',
    );
  }
  return { token: t, generated: false };
}

/** Compares secrets in constant time (also when their lengths differ). */
export function secretsEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}

export interface Credentials {
  authorization: string | undefined;
  cookies: Record<string, string>;
}

/**
 * Who a request is from: the coordinator (full access), the staff of one OPD through an access link, or a guest
 * not signed in (who only reaches the public login pages).
 */
export type Principal = { kind: 'koordinator' } | { kind: 'opd'; access: OpdAccess } | { kind: 'tamu' };

/** The OPD accesses usable now (not expired, not revoked), by the key of a link or Bearer header, or by id. */
export interface AccessKeys {
  byKey(key: string): OpdAccess | null;
  byId(id: string): OpdAccess | null;
}

export type AuthResult = { kind: 'ok'; principal: Principal; session: boolean } | { kind: 'wrong' } | { kind: 'none' };

/**
 * A Bearer header is checked first: the access token (coordinator) or an OPD access key; anything else is `wrong`
 * (a failed authentication, throttled), except on a loopback server without a token, where it is ignored. Then a
 * live session: the coordinator's, or an OPD's whose access is still usable. Without a token every other request
 * is the coordinator's (loopback only); with one it is `none`.
 */
export function authenticate(token: string | null, sessions: SessionStore, keys: AccessKeys, cred: Credentials): AuthResult {
  const coordinator: Principal = { kind: 'koordinator' };
  const bearer = /^Bearer\s+(.+)$/i.exec(cred.authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined) {
    if (token !== null && secretsEqual(bearer, token)) return { kind: 'ok', principal: coordinator, session: false };
    const access = keys.byKey(bearer);
    if (access) return { kind: 'ok', principal: { kind: 'opd', access }, session: false };
    if (token !== null) return { kind: 'wrong' };
  }
  const sessionId = cred.cookies[SESSION_COOKIE];
  const owner = sessions.owner(sessionId);
  if (owner?.kind === 'opd') {
    const access = keys.byId(owner.aksesId);
    if (access) return { kind: 'ok', principal: { kind: 'opd', access }, session: true };
    sessions.end(sessionId);
  } else if (owner && token !== null) {
    return { kind: 'ok', principal: coordinator, session: true };
  }
  return token === null ? { kind: 'ok', principal: coordinator, session: false } : { kind: 'none' };
}

/**
 * The client a request comes from, for the throttle: the socket's address, or, when the socket is a reverse proxy on
 * this machine (loopback), the address that proxy appended last to X-Forwarded-For. A client elsewhere cannot
 * pretend to be another one: its own X-Forwarded-For is only read when it connects from loopback.
 */
export function clientAddress(socketAddress: string, forwardedFor: string | string[] | undefined): string {
  const socket = socketAddress.replace(/^::ffff:/, '');
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (!isLoopbackHost(socket) || !header) return socket;
  return header.split(',').map((s) => s.trim()).filter((s) => s !== '').at(-1) ?? socket;
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
