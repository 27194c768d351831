/** GET /aset/:nama: the dashboard's stylesheet and script, read once from templates/dashboard/assets. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handler } from '../router.ts';
import { HttpError } from '../http.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function assetRoute(dir: string): Handler {
  const assets = new Map<string, { body: Buffer; contentType: string }>();
  for (const name of readdirSync(dir)) {
    const contentType = CONTENT_TYPES[path.extname(name)];
    if (contentType) assets.set(name, { body: readFileSync(path.join(dir, name)), contentType });
  }
  return (req) => {
    const asset = assets.get(req.params.nama ?? '');
    if (!asset) throw new HttpError(404, 'Aset tidak ditemukan.');
    return { type: 'asset', ...asset };
  };
}
