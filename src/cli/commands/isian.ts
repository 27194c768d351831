/**
 * `eviden isian`: the table to copy into the national application — per indicator the claimed level, the
 * penjelasan and the evidence files named as in the packet, and per item code for an instrument with coded items —
 * written to output/isian-aplikasi-<tahun>.xlsx.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf } from '../context.ts';
import { log, printText } from '../../shared/output.ts';

export function registerIsian(program: Command): void {
  program
    .command('isian')
    .description(
      'tulis isian aplikasi nasional: tingkat yang diklaim, penjelasan, dan nama berkas bukti di paket per indikator, ' +
        'dan per kode butir untuk instrumen berbutir (pemdi-2026) (XLSX)',
    )
    .action(async (_opts: object, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const [
        { withDb },
        { loadWorkspaceState },
        { evidenceItems },
        { checklistOf },
        { nameEvidence },
        { submissionSheets },
        { checklistIndicators },
        { workbookBytes },
        { writeFileAtomic },
      ] = await Promise.all([
          import('../../app/session.ts'),
          import('../../app/state.ts'),
          import('../../render/packet.ts'),
          import('../../assess/item-checklist.ts'),
          import('../../render/packet-names.ts'),
          import('../../plan/submission-sheet.ts'),
          import('../../plan/upload-checklist.ts'),
          import('../../shared/xlsx.ts'),
          import('../../shared/atomic-write.ts'),
        ]);
      await withDb(ws, async (db) => {
        const state = loadWorkspaceState(db, ws);
        const named = nameEvidence(evidenceItems(state));
        const checklist = checklistOf(state);
        const { perIndicator, perItem } = submissionSheets(state.assessment, named, checklist === null ? null : checklistIndicators(checklist, named));
        const file = path.join(ws.paths.output, `isian-aplikasi-${ws.config.tahun}.xlsx`);
        writeFileAtomic(file, await workbookBytes(perItem ? [perIndicator, perItem] : [perIndicator]));
        // Externally scored indicators take an imported value: they need neither a level nor a penjelasan here.
        const own = state.assessment.indicators.filter((a) => a.status !== 'eksternal');
        const unclaimed = own.filter((a) => a.claimedLevel === null).length;
        const unexplained = own.filter((a) => a.penjelasan.trim() === '').length;
        printText(`Isian ${perIndicator.rows.length} indikator${perItem ? ` dan ${perItem.rows.length} kode butir` : ''} ditulis ke ${file}.`);
        if (unclaimed > 0 || unexplained > 0) {
          log(`Belum lengkap: ${unclaimed} indikator tanpa tingkat, ${unexplained} tanpa penjelasan (isi di eviden.config.yaml atau dasbor, lalu jalankan lagi).`);
        }
        log('Nama berkas sama dengan yang ada di paket ("eviden packet"), folder bukti-dukung/.');
      });
    });
}
