/** Console text shared by `eviden report` and `eviden packet`: where the files are and what needs attention. */
import path from 'node:path';
import { formatBytes } from '../shared/format.ts';
import type { RenderedFile } from './documents.ts';
import type { LampiranPlan } from './lampiran/plan.ts';

/** JSON shape of `--json`: `{ files: [{ kind, path, pages, bytes }] }`. */
export function filesJson(files: RenderedFile[]): { files: Array<Pick<RenderedFile, 'kind' | 'path' | 'pages' | 'bytes'>> } {
  return { files: files.map(({ kind, path: p, pages, bytes }) => ({ kind, path: p, pages, bytes })) };
}

export function renderedLines(files: RenderedFile[], root: string, plan: LampiranPlan): string[] {
  const lines = files.map(
    (f) => `  ${path.relative(root, f.path)}  (${f.pages} hal., ${formatBytes(f.bytes)}${f.current ? '; masih mutakhir, tidak disusun ulang' : ''})`,
  );
  const excluded = plan.bundles.flatMap((b) => b.excluded);
  if (excluded.length > 0) {
    lines.push(
      '',
      `Perhatian: ${excluded.length} bukti dukung tidak dapat dilampirkan; alasannya tercantum pada halaman pemisah lampiran ` +
        'dan di laporan kesenjangan:',
      ...excluded.map((x) => `  - ${x.path} (indikator ${x.indicator}): ${x.reason}`),
    );
  }
  const oversized = files.filter((f) => f.kind === 'lampiran' && f.bytes > plan.maxBytes);
  for (const f of oversized) {
    lines.push(
      `Perhatian: ${path.basename(f.path)} berukuran ${formatBytes(f.bytes)}, melebihi batas ${formatBytes(plan.maxBytes)} ` +
        '(satu dokumen sumber sudah sebesar itu); perkecil berkas sumbernya.',
    );
  }
  return lines;
}
