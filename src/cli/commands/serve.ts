/** `eviden serve`: the review dashboard in the browser (127.0.0.1 by default; a token for any other address). */
import os from 'node:os';
import type { Command } from 'commander';
import { workspaceOf } from '../context.ts';
import type { DashboardServer } from '../../server/app.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/address.ts';
import { cleanReviewerName } from '../../server/auth.ts';
import type { WatchSession } from '../../app/watch.ts';
import { log, printText } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

interface ServeOptions {
  host: string;
  port: string;
  token?: string;
  watch?: boolean;
  reviewer?: string;
}

function parsePort(raw: string): number {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(port) || port > 65535) throw new UserError(`--port "${raw}" bukan nomor port (0–65535).`);
  return port;
}

/** The machine's LAN addresses, for the "open from another computer" hint of a 0.0.0.0 bind. */
function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}

function stamp(): string {
  return new Date().toISOString().slice(11, 19);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'jalankan dasbor peninjauan di peramban: ringkasan indeks, peta OPD × indikator, bukti per indikator, ' +
        'keputusan pemetaan, penilaian mandiri, pencarian, dan penyusunan laporan',
    )
    .option('--host <alamat>', 'alamat yang didengarkan; selain 127.0.0.1/localhost wajib memakai token', DEFAULT_HOST)
    .option('--port <nomor>', 'nomor port (0 = pilih port bebas)', String(DEFAULT_PORT))
    .option('--token <rahasia>', 'token akses untuk jaringan kantor (bawaan: variabel lingkungan EVIDEN_TOKEN)')
    .option('--watch', 'sekaligus pantau watch/ seperti "eviden watch"; halaman yang terbuka ikut diperbarui')
    .option('--reviewer <nama>', 'nama peninjau bawaan untuk jejak audit (tiap peramban tetap dapat mengisi namanya sendiri)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const port = parsePort(opts.port);
      const reviewer = opts.reviewer === undefined ? null : cleanReviewerName(opts.reviewer);
      if (opts.reviewer !== undefined && reviewer === null) throw new UserError('--reviewer harus berisi nama (2–80 karakter).');
      // The dashboard (routes, templates, the renderer behind the Laporan page) loads only here.
      const [{ openDb }, { createServer }] = await Promise.all([import('../../store/db.ts'), import('../../server/app.ts')]);
      const db = openDb(ws.paths.database);
      const line = (text: string): void => log(`${stamp()} ${text}`);
      let dashboard: DashboardServer;
      let url: string;
      try {
        dashboard = createServer({ workspace: ws, db, host: opts.host, port, token: opts.token ?? process.env.EVIDEN_TOKEN, reviewer, log: line });
        url = await dashboard.listen();
      } catch (err) {
        db.close();
        throw err;
      }
      let watch: WatchSession | null = null;
      if (opts.watch) {
        // Loaded only for --watch: the watcher pulls in the extraction stack (pdf.js, OCR).
        const { startWatchSession } = await import('../../app/watch.ts');
        watch = await startWatchSession(db, ws, {
          polling: ws.config.pemantauan.polling,
          stableMs: ws.config.pemantauan.stabilDetik * 1000,
          rescanMs: ws.config.pemantauan.rescanMenit * 60_000,
          renderPdf: false,
          log: line,
          onUpdated: () => dashboard.notifyChanged(),
        });
      }
      const lines = [`Dasbor eviden berjalan di ${url}`];
      if (opts.host === '0.0.0.0') for (const ip of lanAddresses()) lines.push(`  dari komputer lain: http://${ip}:${new URL(url).port}/`);
      if (opts.token ?? process.env.EVIDEN_TOKEN) lines.push('  Masuk dengan token akses (atau header "Authorization: Bearer <token>" untuk API).');
      if (watch) lines.push(`  Memantau ${ws.paths.watch}; berkas baru langsung tampil di dasbor.`);
      lines.push('Tekan Ctrl+C untuk berhenti.');
      printText(lines.join('\n'));
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: string): void => {
          if (stopping) return;
          stopping = true;
          line(`Menerima ${signal}: menutup dasbor…`);
          void (async () => {
            await watch?.close();
            await dashboard.close();
            db.close();
            line('Dasbor berhenti. Database tertutup.');
            resolve();
          })();
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}
