/**
 * Login sessions kept by the server: the cookie holds a random session id, never anything derived from a secret.
 * A session is the coordinator's (signed in with the access token) or an OPD's (opened with an OPD access link; the
 * access is checked again on every request, so revoking it ends the session). A session ends at its expiry or at
 * logout; a restart of `eviden serve` ends them all.
 */
import { randomBytes } from 'node:crypto';

export const SESSION_TTL_MS = 12 * 3600 * 1000;
/** Sessions kept at most; the oldest is dropped first (each login makes one). */
const MAX_SESSIONS = 1000;

export type SessionOwner = { kind: 'koordinator' } | { kind: 'opd'; aksesId: string };

export interface SessionStore {
  /** A new session id for `owner`, valid for the store's time to live or until `untilMs`, whichever is sooner. */
  create(owner?: SessionOwner, untilMs?: number): string;
  /** Whose session the id names while it has not expired or been ended, else null. */
  owner(id: string | undefined): SessionOwner | null;
  /** True while the id names a live session. */
  valid(id: string | undefined): boolean;
  /** Ends the session now (logout). */
  end(id: string | undefined): void;
}

const COORDINATOR: SessionOwner = { kind: 'koordinator' };

export function createSessionStore(ttlMs = SESSION_TTL_MS, now: () => number = Date.now): SessionStore {
  const sessions = new Map<string, { until: number; owner: SessionOwner }>();
  const owner = (id: string | undefined): SessionOwner | null => {
    if (id === undefined || !/^[0-9a-f]{64}$/.test(id)) return null;
    const s = sessions.get(id);
    if (s === undefined) return null;
    if (s.until > now()) return s.owner;
    sessions.delete(id);
    return null;
  };
  return {
    create(who = COORDINATOR, untilMs = Infinity) {
      const id = randomBytes(32).toString('hex');
      for (const [old, s] of sessions) if (s.until <= now()) sessions.delete(old);
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      sessions.set(id, { until: Math.min(now() + ttlMs, untilMs), owner: who });
      return id;
    },
    owner,
    valid: (id) => owner(id) !== null,
    end(id) {
      if (id !== undefined) sessions.delete(id);
    },
  };
}
