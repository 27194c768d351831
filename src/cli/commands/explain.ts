/** `eviden explain FILE`: shows the mapping of one document and why. */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { printJson, printText } from '../../shared/output.ts';

export function registerExplain(program: Command): void {
  withJson(
    program
      .command('explain')
      .description('tampilkan pemetaan satu dokumen ke indikator beserta alasannya (frasa dan halaman)')
      .argument('<berkas>', 'path di bawah watch/ atau awalan SHA-256'),
  ).action(async (ref: string, opts: { json?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { resolveDocument }, { loadDocumentView }, { explainClassification }, { loadPack }, { allIndicators }, { listDecisions }] =
      await Promise.all([
        import('../../app/session.ts'),
        import('../../app/resolve-document.ts'),
        import('../../app/state.ts'),
        import('../../classify/explain.ts'),
        import('../../instrument/registry.ts'),
        import('../../instrument/tree.ts'),
        import('../../store/decisions.ts'),
      ]);
    await withDb(ws, (db) => {
      const doc = resolveDocument(db, ws, ref);
      const view = loadDocumentView(db, ws, doc.sha256)!;
      const decisions = listDecisions(db, ws.config.instrumen, doc.sha256);
      if (opts.json) {
        printJson({ path: view.path, sha256: doc.sha256, status: doc.status, message: doc.message, classification: view.classification, decisions });
        return;
      }
      const instrument = loadPack(ws.config.instrumen).instrument;
      const names = new Map(allIndicators(instrument).map((i) => [i.no, i.namaPendek]));
      const lines = [
        `Dokumen : ${view.path}`,
        `SHA-256 : ${doc.sha256}`,
        `Lokasi  : ${view.locations.map((l) => `${l.path}${l.present ? '' : ' (sudah dihapus dari folder bersama)'}`).join('; ')}`,
        `Status  : ${doc.status}${doc.message ? ` — ${doc.message}` : ''}`,
        `Halaman : ${doc.pages} (${doc.ocrPages} hasil OCR)`,
      ];
      if (view.classification) lines.push('', ...explainClassification(view.classification, names));
      else lines.push('', 'Dokumen ini belum dipetakan. Jalankan "eviden scan".');
      if (decisions.length > 0) {
        lines.push('', 'Keputusan peninjau:');
        for (const d of decisions) lines.push(`  ${d.at.slice(0, 16).replace('T', ' ')}  ${d.reviewer}: ${d.action} indikator ${d.indicator}${d.note ? ` (${d.note})` : ''}${d.origin ? ` [diimpor dari ${d.origin}]` : ''}`);
      }
      printText(lines.join('\n'));
    });
  });
}
