/** `eviden verify`: re-hashes the archive and a submission packet; exits non-zero on any mismatch. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { loadWorkspaceState } from '../../app/state.ts';
import { packetName } from '../../render/packet.ts';
import { verifyArchive, verifyPacket, type VerifyReport } from '../../render/verify.ts';
import { printJson, printText } from '../../shared/output.ts';

interface VerifyOptions {
  packet?: string;
  json?: boolean;
}

export function registerVerify(program: Command): void {
  withJson(
    program
      .command('verify')
      .description(
        'periksa keutuhan: hitung ulang SHA-256 setiap salinan arsip dan setiap berkas paket terhadap manifest-nya; ' +
          'keluar dengan kode 1 bila ada yang tidak cocok',
      )
      .option('--packet <folder>', 'folder paket yang diperiksa (bawaan: output/paket-<tahun> bila ada)'),
  ).action(async (opts: VerifyOptions, cmd: Command) => {
    const ws = workspaceOf(cmd);
    const state = await withDb(ws, (db) => loadWorkspaceState(db, ws));
    const archive = await verifyArchive(state);
    const defaultDir = path.join(ws.paths.output, packetName(ws.config.tahun));
    const packetDir = opts.packet ? path.resolve(opts.packet) : existsSync(defaultDir) ? defaultDir : null;
    const packet = packetDir ? await verifyPacket(packetDir) : null;
    const report: VerifyReport = {
      archiveChecked: archive.checked,
      packet: packetDir && packet ? { dir: packetDir, checked: packet.checked } : null,
      problems: [...archive.problems, ...(packet?.problems ?? [])],
      notes: archive.notes,
    };
    if (report.problems.length > 0) process.exitCode = 1;
    if (opts.json) {
      printJson({ ok: report.problems.length === 0, ...report });
      return;
    }
    const lines = [`Arsip: ${report.archiveChecked} dokumen diperiksa.`];
    lines.push(
      report.packet
        ? `Paket: ${report.packet.checked} berkas di ${report.packet.dir} diperiksa terhadap manifest.json.`
        : 'Paket: belum ada (jalankan "eviden packet", atau tunjuk foldernya dengan --packet DIR).',
    );
    for (const note of report.notes) lines.push(`Catatan: ${note}`);
    if (report.problems.length === 0) {
      lines.push('Semua cocok: tidak ada berkas yang hilang atau berubah.');
    } else {
      lines.push('', `Ditemukan ${report.problems.length} masalah:`);
      for (const p of report.problems) lines.push(`  - [${p.scope}] ${p.message}`);
    }
    printText(lines.join('\n'));
  });
}
