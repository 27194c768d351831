/**
 * `eviden isian`: the table to copy into the national application — per indicator the claimed level, the
 * penjelasan and the evidence files named as in the packet — written to output/isian-aplikasi-<tahun>.xlsx.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf } from '../context.ts';
import { log, printText } from '../../shared/output.ts';

export function registerIsian(program: Command): void {
  program
    .command('isian')
    .description('tulis isian aplikasi nasional: tingkat yang diklaim, penjelasan, dan nama berkas bukti di paket per indikator (XLSX)')
    .action(async (_opts: object, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const [{ withDb }, { loadWorkspaceState }, { evidenceItems }, { nameEvidence }, { submissionSheet }, { workbookBytes }, { writeFileAtomic }] =
        await Promise.all([
          import('../../app/session.ts'),
          import('../../app/state.ts'),
          import('../../render/packet.ts'),
          import('../../render/packet-names.ts'),
          import('../../plan/submission-sheet.ts'),
          import('../../shared/xlsx.ts'),
          import('../../shared/atomic-write.ts'),
        ]);
      await withDb(ws, async (db) => {
        const state = loadWorkspaceState(db, ws);
        const sheet = submissionSheet(state.assessment, nameEvidence(evidenceItems(state)));
        const file = path.join(ws.paths.output, `isian-aplikasi-${ws.config.tahun}.xlsx`);
        writeFileAtomic(file, await workbookBytes([sheet]));
        const unclaimed = sheet.rows.filter((r) => r[2] === null).length;
        const unexplained = sheet.rows.filter((r) => r[3] === '').length;
        printText(`Isian ${sheet.rows.length} indikator ditulis ke ${file}.`);
        if (unclaimed > 0 || unexplained > 0) {
          log(`Belum lengkap: ${unclaimed} indikator tanpa tingkat, ${unexplained} tanpa penjelasan (isi di eviden.config.yaml atau dasbor, lalu jalankan lagi).`);
        }
        log('Nama berkas sama dengan yang ada di paket ("eviden packet"), folder bukti-dukung/.');
      });
    });
}
