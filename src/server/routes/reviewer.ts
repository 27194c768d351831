/** Who is writing: every write needs a reviewer name (cookie from the /peninjau form, or `--reviewer`). */
import { cleanReviewerName } from '../auth.ts';
import { HttpError, redirect, type RouteRequest, type RouteResponse } from '../http.ts';

/** For form posts: the reviewer, or a redirect to the name form that comes back to `back`. */
export function reviewerOrAsk(req: RouteRequest, back: string): string | RouteResponse {
  return req.reviewer ?? redirect(`/peninjau?kembali=${encodeURIComponent(back)}`);
}

/** For the JSON API: `peninjau` in the body, else the browser's reviewer; a 400 when neither is given. */
export function apiReviewer(req: RouteRequest, body: Record<string, unknown>): string {
  const given = typeof body.peninjau === 'string' ? cleanReviewerName(body.peninjau) : null;
  const name = given ?? req.reviewer;
  if (!name) throw new HttpError(400, 'Sebutkan nama peninjau ("peninjau", 2–80 karakter): setiap perubahan dicatat di jejak audit atas nama peninjau.');
  return name;
}

export function jsonObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'Isian harus objek JSON.');
  return value as Record<string, unknown>;
}
