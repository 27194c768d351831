/** `eviden search QUERY`: full-text search over every page, with document, OPD, page and a snippet. */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { searchDocuments } from '../../app/search.ts';
import { printJson, printText } from '../../shared/output.ts';

export function registerSearch(program: Command): void {
  withJson(
    program
      .command('search')
      .description('cari teks di semua halaman dokumen (termasuk hasil OCR)')
      .argument('<kata...>', 'kata yang dicari; semua kata harus ada di halaman')
      .option('--limit <n>', 'jumlah hasil maksimum', '20'),
  ).action(async (words: string[], opts: { json?: boolean; limit: string }, cmd: Command) => {
    const ws = workspaceOf(cmd);
    const query = words.join(' ');
    await withDb(ws, (db) => {
      const hits = searchDocuments(db, query, Number(opts.limit) || 20);
      if (opts.json) {
        printJson({ query, hits });
        return;
      }
      if (hits.length === 0) {
        printText(`Tidak ada halaman yang memuat "${query}".`);
        return;
      }
      printText(
        hits
          .map((h) => `${h.path} (${h.opd ?? 'OPD tidak dikenal'}), hal. ${h.page}\n    ${h.snippet.replace(/\s+/g, ' ')}`)
          .join('\n'),
      );
    });
  });
}
