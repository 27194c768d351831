/**
 * Throttling of failed authentication (a wrong Bearer token or a wrong token in the login form). A client that
 * failed `perClient` times within the window waits until the window passes. When failures from all clients together
 * pass `overall` (guessing spread over many addresses), every client that failed at all in the window waits too;
 * clients without a failure are never refused, so one client cannot lock everyone out.
 */

export interface AuthThrottle {
  /** True when this client must wait before its credentials are even checked. */
  blocked(client: string): boolean;
  failed(client: string): void;
  succeeded(client: string): void;
}

export interface ThrottleLimits {
  perClient: number;
  overall: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perClient: 10, overall: 100, windowMs: 60_000 };

export function createAuthThrottle(limits: ThrottleLimits = DEFAULT_THROTTLE, now: () => number = Date.now): AuthThrottle {
  /** Failure times per client, and of all clients, inside the window. */
  const byClient = new Map<string, number[]>();
  let all: number[] = [];
  const fresh = (times: number[]): number[] => times.filter((t) => now() - t < limits.windowMs);
  const failuresOf = (client: string): number => {
    const times = fresh(byClient.get(client) ?? []);
    if (times.length === 0) byClient.delete(client);
    else byClient.set(client, times);
    return times.length;
  };
  return {
    blocked(client) {
      const own = failuresOf(client);
      all = fresh(all);
      return own >= limits.perClient || (own > 0 && all.length >= limits.overall);
    },
    failed(client) {
      const t = now();
      byClient.set(client, [...fresh(byClient.get(client) ?? []), t].slice(-limits.perClient));
      all = [...fresh(all), t].slice(-limits.overall);
      // Forget clients whose failures all expired, so the map stays bounded by the clients of one window.
      if (byClient.size > 10 * limits.overall) for (const c of [...byClient.keys()]) failuresOf(c);
    },
    succeeded(client) {
      byClient.delete(client);
    },
  };
}
