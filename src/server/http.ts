/** Plain request/response shapes the route handlers use, and the HTTP parsing around them (cookies, bodies). */
import type { IncomingMessage } from 'node:http';
import type { Principal } from './auth.ts';
import type { UploadBody } from './upload-body.ts';

export interface RouteRequest {
  method: string;
  /** Path without the query, as sent (params are decoded), e.g. `/indikator/10`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Fields of an `application/x-www-form-urlencoded` body (last value wins). */
  form: Record<string, string>;
  /** Every value of each form field, in order (checkbox lists). */
  formLists: Record<string, string[]>;
  /** A parsed `application/json` body, or null. */
  json: unknown;
  cookies: Record<string, string>;
  /** The reviewer's name (cookie, else the server's `--reviewer`), or null when nobody said who they are. */
  reviewer: string | null;
  /** This browser's CSRF token, to embed in forms. */
  csrf: string;
  /** The client's address (for the failed-authentication throttle). */
  remote: string;
  /** Scheme and host as the browser addressed this server (`https://eviden.kantor:8443`), for links to hand out. */
  origin: string;
  /** Authenticated by a login session (token mode or an OPD link), so the page offers to sign out. */
  signedIn?: boolean;
  /** Who is asking: the coordinator, one OPD's staff, or a guest (only on the public login pages). */
  who: Principal;
  /** The unread body of a route that reads it itself (uploads). */
  body?: UploadBody;
}

export type RouteResponse =
  | { type: 'html'; status: number; html: string; cookies?: string[] }
  | { type: 'json'; status: number; data: unknown; cookies?: string[] }
  | { type: 'redirect'; location: string; cookies?: string[] }
  | { type: 'file'; file: string; contentType: string; fileName: string; inline: boolean }
  | { type: 'asset'; body: Buffer; contentType: string }
  | { type: 'events' };

export function htmlResponse(html: string, status = 200, cookies?: string[]): RouteResponse {
  return { type: 'html', status, html, cookies };
}

export function jsonResponse(data: unknown, status = 200, cookies?: string[]): RouteResponse {
  return { type: 'json', status, data, cookies };
}

export function redirect(location: string, cookies?: string[]): RouteResponse {
  return { type: 'redirect', location, cookies };
}

/** An error a handler raises for the client: its message is Indonesian and shown as is. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

/** A `Set-Cookie` value: always Path=/ and SameSite=Strict. */
export function cookie(name: string, value: string, opts: CookieOptions = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Strict'];
  if (opts.httpOnly !== false) parts.push('HttpOnly');
  if (opts.maxAgeSeconds !== undefined) parts.push(`Max-Age=${opts.maxAgeSeconds}`);
  return parts.join('; ');
}

export const MAX_BODY_BYTES = 256 * 1024;

/** How long a small (form or JSON) body may take to arrive. */
export const BODY_DEADLINE_MS = 60_000;

/** Reads the request body up to `limit` bytes within `BODY_DEADLINE_MS`; a larger body is a 413, a slower one is dropped. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const deadline = setTimeout(() => req.destroy(), BODY_DEADLINE_MS);
  try {
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > limit) throw new HttpError(413, `Isian terlalu besar (lebih dari ${Math.round(limit / 1024)} KB).`);
      chunks.push(buf);
    }
  } finally {
    clearTimeout(deadline);
  }
  return Buffer.concat(chunks);
}

export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export function parseForm(body: Buffer): { form: Record<string, string>; lists: Record<string, string[]> } {
  const form: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(body.toString('utf8'))) {
    form[k] = v;
    (lists[k] ??= []).push(v);
  }
  return { form, lists };
}

export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return null;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'Isian JSON tidak sah.');
  }
}

/**
 * A redirect target from user input: only a local path of this site (`/…`, never `//host`). Control characters and
 * spaces (U+0000–U+0020, U+007F) are refused: browsers drop tabs and line breaks from URLs, so `/\t/evil` would be `//evil`.
 */
export function localPath(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u0020\u007f]/.test(value)) {
    return fallback;
  }
  return value;
}
