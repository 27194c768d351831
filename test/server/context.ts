/** Builds a ServerContext over a fixture workspace, and route requests, for calling handlers directly. */
import { createContext, type ServerContext } from '../../src/server/context.ts';
import { createEventHub, type EventHub } from '../../src/server/events.ts';
import { createJobRunner, type Job, type JobKind, type RenderFn } from '../../src/server/jobs.ts';
import { createViews } from '../../src/server/views.ts';
import type { RouteRequest, RouteResponse } from '../../src/server/http.ts';
import type { Handler } from '../../src/server/router.ts';
import type { Db } from '../../src/store/db.ts';
import type { Workspace } from '../../src/types/config.ts';
import { createUploadIngest } from '../../src/app/upload.ts';

export const TODAY = '2026-11-29';

export interface TestContext {
  ctx: ServerContext;
  hub: EventHub;
  jobEvents: Job[];
}

export function testContext(fx: { ws: Workspace; db: Db }, renderers: Partial<Record<JobKind, RenderFn>> = {}): TestContext {
  const hub = createEventHub();
  const jobEvents: Job[] = [];
  const jobs = createJobRunner({
    renderers,
    outputDir: fx.ws.paths.output,
    onChange: (job) => jobEvents.push(structuredClone(job)),
  });
  const ctx = createContext({ db: fx.db, workspace: fx.ws, views: createViews(), hub, jobs, uploads: createUploadIngest(fx.db, () => fx.ws), today: TODAY });
  return { ctx, hub, jobEvents };
}

export function request(over: Partial<RouteRequest> = {}): RouteRequest {
  return {
    method: 'GET',
    path: '/',
    params: {},
    query: new URLSearchParams(),
    form: {},
    formLists: {},
    json: null,
    cookies: {},
    reviewer: null,
    csrf: 'a'.repeat(48),
    remote: '127.0.0.1',
    who: { kind: 'koordinator' },
    origin: 'http://127.0.0.1:8470',
    ...over,
  };
}

export async function call(handler: Handler, ctx: ServerContext, over: Partial<RouteRequest> = {}): Promise<RouteResponse> {
  return handler(request(over), ctx);
}

/** The data of a JSON response (fails the test for any other kind). */
export async function callJson<T>(handler: Handler, ctx: ServerContext, over: Partial<RouteRequest> = {}): Promise<T> {
  const res = await call(handler, ctx, over);
  if (res.type !== 'json') throw new Error(`expected JSON, got ${res.type}`);
  return res.data as T;
}

export async function callHtml(handler: Handler, ctx: ServerContext, over: Partial<RouteRequest> = {}): Promise<string> {
  const res = await call(handler, ctx, over);
  if (res.type !== 'html') throw new Error(`expected HTML, got ${res.type}`);
  return res.html;
}
