/** `eviden verify`: re-hashes the archive and a submission packet; exits non-zero on any mismatch. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import type { VerifyProblem, VerifyReport } from '../../render/verify.ts';
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
        'periksa keutuhan dan kemutakhiran: hitung ulang SHA-256 setiap salinan arsip dan setiap berkas paket terhadap ' +
          'manifest-nya, dan periksa apakah dokumen di output/ dan di paket masih sesuai keadaan terkini; ' +
          'keluar dengan kode 1 bila ada yang tidak cocok atau usang',
      )
      .option('--packet <folder>', 'folder paket yang diperiksa (bawaan: output/paket-<tahun> bila ada, lalu output/paket-<tahun>-draf)'),
  ).action(async (opts: VerifyOptions, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { loadWorkspaceState }, { checkOutputs }, { listEvents }, { packetName }, { verifyArchive, verifyPacket }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../app/output-status.ts'),
      import('../../store/audit.ts'),
      import('../../render/packet.ts'),
      import('../../render/verify.ts'),
    ]);
    const { state, events } = await withDb(ws, (db) => ({ state: loadWorkspaceState(db, ws), events: listEvents(db, { limit: 100_000 }) }));
    const archive = await verifyArchive(state);
    const outputs = await checkOutputs(state, events);
    const staleProblems: VerifyProblem[] = [
      ...outputs.stale.map((o) => ({
        scope: 'keluaran' as const,
        file: o.file,
        message: `${o.file} sudah usang: ${o.reasons.join('; ')}. Buat ulang dengan "eviden report${o.file.includes('-draf') || o.file.startsWith('lampiran/') || o.file.startsWith('kesenjangan') || o.file.startsWith('laporan-kesenjangan') ? '' : ' --final'}".`,
      })),
      ...outputs.packets.flatMap((p) =>
        p.stale.map((s) => ({
          scope: 'paket' as const,
          file: s.file,
          message: `${path.basename(p.dir)}/${s.file}: ${s.reason}. Buat ulang paket dengan "eviden packet${p.dir.endsWith('-draf') ? '' : ' --final'}".`,
        })),
      ),
    ];
    const defaults = (['final', 'draf'] as const).map((mode) => path.join(ws.paths.output, packetName(ws.config.tahun, mode)));
    const packetDir = opts.packet ? path.resolve(opts.packet) : (defaults.find((dir) => existsSync(dir)) ?? null);
    const packet = packetDir ? await verifyPacket(packetDir) : null;
    const report: VerifyReport = {
      archiveChecked: archive.checked,
      packet: packetDir && packet ? { dir: packetDir, checked: packet.checked } : null,
      problems: [...archive.problems, ...(packet?.problems ?? []), ...staleProblems],
      notes: archive.notes,
    };
    if (report.problems.length > 0) process.exitCode = 1;
    if (opts.json) {
      printJson({ ok: report.problems.length === 0, ...report });
      return;
    }
    const lines = [`Arsip: ${report.archiveChecked} dokumen diperiksa.`];
    lines.push(`Keluaran: ${outputs.current.length + outputs.stale.length} dokumen di output/ diperiksa terhadap keadaan terkini; ${outputs.stale.length} usang.`);
    lines.push(
      report.packet
        ? `Paket: ${report.packet.checked} berkas di ${report.packet.dir} diperiksa terhadap manifest.json.`
        : 'Paket: belum ada (jalankan "eviden packet", atau tunjuk foldernya dengan --packet DIR).',
    );
    for (const note of report.notes) lines.push(`Catatan: ${note}`);
    if (report.problems.length === 0) {
      lines.push('Semua cocok: tidak ada berkas yang hilang, berubah, atau usang.');
    } else {
      lines.push('', `Ditemukan ${report.problems.length} masalah:`);
      for (const p of report.problems) lines.push(`  - [${p.scope}] ${p.message}`);
    }
    printText(lines.join('\n'));
  });
}
