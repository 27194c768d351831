/** `eviden docs`: lists the indexed documents with their status and mapped indicators. */
import type { Command } from 'commander';
import pc from 'picocolors';
import { workspaceOf, withJson } from '../context.ts';
import type { DocumentView } from '../../types/state.ts';
import type { Mapping } from '../../types/classification.ts';
import { printJson, printText } from '../../shared/output.ts';

function mappingJson(m: Mapping) {
  return { id: m.id, indicator: m.indicator, score: m.score, confidence: m.confidence, source: m.source, reasons: m.reasons, possiblyMisfiled: m.possiblyMisfiled };
}

function docJson(d: DocumentView) {
  return {
    path: d.path,
    locations: d.locations.map((l) => ({ path: l.path, opd: l.opd, present: l.present, removedAt: l.removedAt, replacedAt: l.replacedAt })),
    opd: d.opd,
    sha256: d.doc.sha256,
    kind: d.doc.type,
    size: d.doc.size,
    pages: d.doc.pages,
    ocrPages: d.doc.ocrPages,
    status: d.doc.status,
    message: d.doc.message,
    encrypted: d.doc.encrypted,
    documentKind: d.classification?.kind ?? null,
    date: d.classification?.date ?? null,
    indicators: (d.classification?.mappings ?? []).map(mappingJson),
    candidates: (d.classification?.candidates ?? []).map(mappingJson),
  };
}

export function registerDocs(program: Command): void {
  withJson(
    program
      .command('docs')
      .description('daftar dokumen yang sudah diindeks: status, halaman, OPD, dan indikator hasil pemetaan')
      .option('--text', 'sertakan teks setiap halaman (dengan --json)')
      .option('--opd <kode>', 'hanya dokumen dari OPD ini')
      .option('--status <status>', 'hanya dokumen dengan status ini (ok, corrupt, needs-password, …)'),
  ).action(async (opts: { json?: boolean; text?: boolean; opd?: string; status?: string }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { loadDocumentViews }, { getPages }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../store/pages.ts'),
    ]);
    await withDb(ws, (db) => {
      const views = loadDocumentViews(db, ws).filter(
        (d) => (!opts.opd || d.opd === opts.opd) && (!opts.status || d.doc.status === opts.status),
      );
      if (opts.json) {
        printJson(
          views.map((d) =>
            opts.text ? { ...docJson(d), text: getPages(db, d.doc.sha256).map((p) => p.text) } : docJson(d),
          ),
        );
        return;
      }
      if (views.length === 0) {
        printText('Belum ada dokumen. Taruh berkas di watch/<folder OPD>/ lalu jalankan "eviden scan".');
        return;
      }
      const lines = views.map((d) => {
        const status = d.doc.status === 'ok' ? pc.green('ok') : pc.red(d.doc.status);
        const inds = (d.classification?.mappings ?? []).map((m) => `${m.indicator}`).join(',') || '-';
        const pages = `${d.doc.pages} hal${d.doc.ocrPages ? `, ${d.doc.ocrPages} OCR` : ''}`;
        return `${d.doc.sha256.slice(0, 10)}  ${status.padEnd(16)} ${(d.opd ?? '?').padEnd(12)} ${pages.padEnd(16)} ind: ${inds.padEnd(14)} ${d.path}`;
      });
      const ok = views.filter((d) => d.doc.status === 'ok').length;
      lines.push('', `${views.length} dokumen, ${ok} terbaca, ${views.length - ok} bermasalah. Rincian: eviden explain <path>`);
      const problems = views.filter((d) => d.doc.message);
      for (const p of problems) lines.push(`  ! ${p.doc.message}`);
      printText(lines.join('\n'));
    });
  });
}
