/**
 * `eviden search KATA…`: full-text search over every page, grouped by document with a total, the best pages of
 * each, and evidence listed before documents that only mention the words (national regulations, the instrument).
 */
import type { Command } from 'commander';
import pc from 'picocolors';
import { workspaceOf, withJson } from '../context.ts';
import type { DocumentResult, SearchResult } from '../../app/search.ts';
import { kindLabel } from '../../shared/vocabulary.ts';
import { formatInteger } from '../../shared/format.ts';
import { printJson, printText } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

const STANDING_TEXT: Record<DocumentResult['standing'], string> = {
  bukti: 'bukti',
  kandidat: 'kandidat, belum ditinjau',
  lain: 'belum dipetakan',
  'bukan-bukti': 'bukan bukti dukung',
};

function count(raw: string, option: string): number {
  const n = /^\d{1,4}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${option} "${raw}" bukan jumlah. Tulis bilangan bulat positif, mis. ${option} 10.`);
  return n;
}

function snippetText(snippet: string, color: boolean): string {
  const flat = snippet.replace(/\s+/g, ' ').trim();
  return color ? flat.replace(/\[([^\]]*)\]/g, (_, word: string) => pc.bold(pc.yellow(word))) : flat;
}

function describe(d: DocumentResult): string {
  const parts = [d.opd ?? 'OPD tidak dikenal'];
  if (d.kind) parts.push(kindLabel(d.kind));
  parts.push(d.indicators.length > 0 ? `indikator ${d.indicators.join(', ')}` : STANDING_TEXT[d.standing]);
  if (d.standing === 'bukan-bukti' && d.indicators.length > 0) parts.push(STANDING_TEXT[d.standing]);
  return parts.join(' · ');
}

function render(r: SearchResult, color: boolean): string {
  const head = `"${r.query}": ${formatInteger(r.totalPages)} halaman cocok di ${formatInteger(r.totalDocuments)} dokumen` +
    (r.documents.length < r.totalDocuments ? ` (${r.documents.length} dokumen teratas; tambah dengan --limit)` : '');
  const lines = [head];
  let notEvidence = false;
  r.documents.forEach((d, i) => {
    if (d.standing === 'bukan-bukti' && !notEvidence) {
      notEvidence = true;
      lines.push('', 'Hanya menyebut kata yang dicari (peraturan nasional, instrumen, dan sejenisnya; bukan bukti dukung):');
    }
    const title = `${i + 1}. ${d.path}`;
    lines.push('', `${color ? pc.bold(title) : title} (${describe(d)}), ${formatInteger(d.matchedPages)} halaman cocok`);
    for (const p of d.best) lines.push(`     hal. ${p.page}: ${snippetText(p.snippet, color)}`);
    const more = d.matchedPages - d.best.length;
    if (more > 0) lines.push(`     … dan ${formatInteger(more)} halaman lain`);
  });
  return lines.join('\n');
}

export function registerSearch(program: Command): void {
  withJson(
    program
      .command('search')
      .description('cari teks di semua halaman dokumen (termasuk hasil OCR); hasil dikelompokkan per dokumen, bukti dukung lebih dulu')
      .argument('<kata...>', 'kata yang dicari; semua kata harus ada di halaman yang sama')
      .option('--limit <jumlah>', 'jumlah dokumen maksimum', '10')
      .option('--halaman <jumlah>', 'halaman terbaik per dokumen', '3'),
  ).action(async (words: string[], opts: { json?: boolean; limit: string; halaman: string }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const query = words.join(' ');
    const options = { limit: count(opts.limit, '--limit'), pagesPerDocument: count(opts.halaman, '--halaman') };
    const [{ withDb }, { searchDocuments }] = await Promise.all([import('../../app/session.ts'), import('../../app/search.ts')]);
    await withDb(ws, (db) => {
      const result = searchDocuments(db, ws, query, options);
      if (opts.json) {
        printJson(result);
        return;
      }
      if (result.totalDocuments === 0) {
        printText(`Tidak ada halaman yang memuat "${query}". Periksa ejaannya, atau cari dengan kata yang lebih sedikit.`);
        return;
      }
      printText(render(result, Boolean(process.stdout.isTTY)));
    });
  });
}
