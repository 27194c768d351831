/**
 * Login sessions kept by the server: the cookie holds a random session id, never anything derived from the token.
 * A session ends at its expiry or at logout; a restart of `eviden serve` ends them all.
 */
import { randomBytes } from 'node:crypto';

export const SESSION_TTL_MS = 12 * 3600 * 1000;
/** Sessions kept at most; the oldest is dropped first (each login makes one). */
const MAX_SESSIONS = 1000;

export interface SessionStore {
  /** A new session id, valid for `ttlMs`. */
  create(): string;
  /** True while the id names a session that has not expired or been ended. */
  valid(id: string | undefined): boolean;
  /** Ends the session now (logout). */
  end(id: string | undefined): void;
}

export function createSessionStore(ttlMs = SESSION_TTL_MS, now: () => number = Date.now): SessionStore {
  const expiry = new Map<string, number>();
  return {
    create() {
      const id = randomBytes(32).toString('hex');
      for (const [old, until] of expiry) if (until <= now()) expiry.delete(old);
      while (expiry.size >= MAX_SESSIONS) expiry.delete(expiry.keys().next().value!);
      expiry.set(id, now() + ttlMs);
      return id;
    },
    valid(id) {
      if (id === undefined || !/^[0-9a-f]{64}$/.test(id)) return false;
      const until = expiry.get(id);
      if (until === undefined) return false;
      if (until > now()) return true;
      expiry.delete(id);
      return false;
    },
    end(id) {
      if (id !== undefined) expiry.delete(id);
    },
  };
}
