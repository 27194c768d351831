/** A small method + path router: `/indikator/:no` patterns, one handler per route. */
import type { RouteRequest, RouteResponse } from './http.ts';
import type { ServerContext } from './context.ts';

export type Handler = (req: RouteRequest, ctx: ServerContext) => RouteResponse | Promise<RouteResponse>;

export type Method = 'GET' | 'POST';

/**
 * Who may call a route: anyone (the login pages and assets), the coordinator only, or also an OPD session when
 * `own` says the request's target (its OPD page, one of its documents) belongs to that OPD. Every route says so:
 * an OPD session is refused (403) wherever it is not allowed explicitly.
 */
export type Access = 'publik' | 'koordinator' | { own: (req: RouteRequest, ctx: ServerContext, opd: string) => boolean };

export interface Route {
  method: Method;
  pattern: string;
  handler: Handler;
  access: Access;
  /** The handler reads the request body itself (uploads): it is not parsed into `form`/`json`. */
  rawBody?: boolean;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export type Match =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: Method[] }
  | { kind: 'none' };

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

/** Params are matched on the raw path (so an encoded `/` cannot split a segment), then decoded. */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export interface Router {
  match(method: string, path: string): Match;
}

export function createRouter(routes: Route[]): Router {
  const compiled = routes.map(compile);
  return {
    match(method, path) {
      const allowed: Method[] = [];
      for (const route of compiled) {
        const m = route.regex.exec(path);
        if (!m) continue;
        if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) {
          allowed.push(route.method);
          continue;
        }
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => {
          params[name] = decodeSegment(m[i + 1] ?? '');
        });
        return { kind: 'found', route, params };
      }
      return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
    },
  };
}
