/** A small method + path router: `/indikator/:no` patterns, one handler per route. */
import type { RouteRequest, RouteResponse } from './http.ts';
import type { ServerContext } from './context.ts';

export type Handler = (req: RouteRequest, ctx: ServerContext) => RouteResponse | Promise<RouteResponse>;

export type Method = 'GET' | 'POST';

export interface Route {
  method: Method;
  pattern: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export type Match =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
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
        return { kind: 'found', handler: route.handler, params };
      }
      return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
    },
  };
}
