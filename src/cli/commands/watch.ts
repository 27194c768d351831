/** `eviden watch`: runs in the foreground and keeps index, mappings and gap outputs current. */
import type { Command } from 'commander';
import { workspaceOf } from '../context.ts';
import { log } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

function stamp(): string {
  return new Date().toISOString().slice(11, 19);
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('pantau watch/ terus-menerus: berkas baru langsung diarsipkan, dibaca, dipetakan, dan output/gaps.json diperbarui')
    .option('--poll', 'pakai polling (untuk folder jaringan SMB/NFS yang tidak mengirim event berkas)')
    .option('--stabil <detik>', 'berkas diproses setelah ukuran dan waktunya tidak berubah selama sekian detik')
    .option('--rescan <menit>', 'pemindaian ulang menyeluruh berkala (0 = mati)')
    .option('--pdf', 'tulis ulang juga PDF laporan kesenjangan setelah setiap perubahan')
    .action(async (opts: { poll?: boolean; stabil?: string; rescan?: string; pdf?: boolean }, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const stableSec = opts.stabil !== undefined ? Number(opts.stabil) : ws.config.pemantauan.stabilDetik;
      const rescanMin = opts.rescan !== undefined ? Number(opts.rescan) : ws.config.pemantauan.rescanMenit;
      if (!Number.isFinite(stableSec) || stableSec < 0) throw new UserError(`--stabil "${opts.stabil}" harus angka detik ≥ 0.`);
      if (!Number.isFinite(rescanMin) || rescanMin < 0) throw new UserError(`--rescan "${opts.rescan}" harus angka menit ≥ 0.`);
      const [{ openDb }, { startWatchSession }] = await Promise.all([import('../../store/db.ts'), import('../../app/watch.ts')]);
      const db = openDb(ws.paths.database);
      const line = (text: string): void => log(`${stamp()} ${text}`);
      line(`Memantau ${ws.paths.watch}${opts.poll || ws.config.pemantauan.polling ? ' (mode polling)' : ''}. Tekan Ctrl+C untuk berhenti.`);
      const session = await startWatchSession(db, ws, {
        polling: Boolean(opts.poll) || ws.config.pemantauan.polling,
        stableMs: stableSec * 1000,
        rescanMs: rescanMin * 60_000,
        renderPdf: Boolean(opts.pdf),
        log: line,
      });
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: string): void => {
          if (stopping) return;
          stopping = true;
          line(`Menerima ${signal}: menyelesaikan berkas yang sedang diproses lalu berhenti…`);
          void session
            .close()
            .finally(() => {
              db.close();
              line('Berhenti dengan rapi. Database tertutup.');
              resolve();
            });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
