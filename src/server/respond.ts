/** Writes a handler's plain response to node:http, with the security headers every response carries. */
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { RouteResponse } from './http.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'SAMEORIGIN',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** A file name for Content-Disposition: an ASCII fallback plus the UTF-8 original. */
export function contentDisposition(inline: boolean, name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `openEvents` takes over the response for the `events` kind (the SSE hub). */
export function writeResponse(res: ServerResponse, out: RouteResponse, cookies: string[], openEvents: (res: ServerResponse) => void): void {
  const all = [...cookies, ...('cookies' in out && out.cookies ? out.cookies : [])];
  if (all.length > 0) res.setHeader('Set-Cookie', all);
  switch (out.type) {
    case 'html':
      res.writeHead(out.status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(out.html);
      return;
    case 'json':
      res.writeHead(out.status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`${JSON.stringify(out.data)}\n`);
      return;
    case 'redirect':
      res.writeHead(303, { Location: out.location, 'Cache-Control': 'no-store' });
      res.end();
      return;
    case 'asset':
      res.writeHead(200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-cache', 'Content-Length': out.body.length });
      res.end(out.body);
      return;
    case 'file': {
      const size = statSync(out.file).size;
      res.writeHead(200, {
        'Content-Type': out.contentType,
        'Content-Length': size,
        'Content-Disposition': contentDisposition(out.inline, out.fileName),
        'Cache-Control': 'private, no-cache',
      });
      createReadStream(out.file).on('error', () => res.destroy()).pipe(res);
      return;
    }
    case 'events':
      openEvents(res);
      return;
  }
}
