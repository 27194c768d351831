/** The instansi's emblem as a data: URI (templates never fetch files or the network). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../types/config.ts';
import { UserError } from '../shared/errors.ts';

function mimeOf(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 12));
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image/jpeg';
  const text = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'image/svg+xml';
  return null;
}

/** null when no logo is configured; a UserError naming the file when it is missing or not PNG/JPEG/SVG. */
export function readLogo(ws: Workspace): string | null {
  const logo = ws.config.instansi.logo;
  if (!logo) return null;
  const file = path.resolve(ws.paths.root, logo);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UserError(
      `Berkas logo ${file} (instansi.logo di eviden.config.yaml) tidak ditemukan. Perbaiki jalurnya atau hapus baris logo.`,
    );
  }
  const mime = mimeOf(bytes);
  if (!mime) {
    throw new UserError(`Berkas logo ${file} bukan gambar PNG, JPEG, atau SVG. Simpan ulang lambang dalam salah satu format itu.`);
  }
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
