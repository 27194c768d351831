/** `eviden serve`: the review dashboard in the browser (127.0.0.1 by default; a token for any other address). */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createSecureContext } from 'node:tls';
import type { Command } from 'commander';
import { workspaceOf } from '../context.ts';
import type { DashboardServer } from '../../server/app.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/address.ts';
import { cleanReviewerName } from '../../server/auth.ts';
import type { WatchSession } from '../../app/watch.ts';
import { log, printText } from '../../shared/output.ts';
import { UserError, errorMessage } from '../../shared/errors.ts';

interface ServeOptions {
  host: string;
  port: string;
  token?: string;
  tlsCert?: string;
  tlsKey?: string;
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

/** The certificate and key for HTTPS: both or neither, readable PEM files. */
function readTls(certFile: string | undefined, keyFile: string | undefined): { cert: Buffer; key: Buffer } | null {
  if (certFile === undefined && keyFile === undefined) return null;
  if (certFile === undefined || keyFile === undefined) throw new UserError('--tls-cert dan --tls-key harus diberikan bersama (berkas sertifikat dan kunci privat, format PEM).');
  const read = (file: string, what: string): Buffer => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw new UserError(`Berkas ${what} "${file}" tidak dapat dibaca (${errorMessage(err)}). Periksa path dan izin berkasnya.`);
    }
  };
  const tls = { cert: read(certFile, 'sertifikat'), key: read(keyFile, 'kunci privat') };
  try {
    createSecureContext(tls);
  } catch (err) {
    throw new UserError(`Sertifikat atau kunci TLS tidak sah (${errorMessage(err)}). Berikan sertifikat dan kunci privat yang berpasangan dalam format PEM.`);
  }
  return tls;
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
    .option('--token <rahasia>', 'token akses untuk jaringan kantor, minimal 24 karakter acak (bawaan: EVIDEN_TOKEN; bila kosong di luar 127.0.0.1, token acak dibuat dan dicetak)')
    .option('--tls-cert <berkas>', 'sertifikat TLS (PEM): dasbor dilayani lewat HTTPS')
    .option('--tls-key <berkas>', 'kunci privat TLS (PEM), pasangan --tls-cert')
    .option('--watch', 'sekaligus pantau watch/ seperti "eviden watch"; halaman yang terbuka ikut diperbarui')
    .option('--reviewer <nama>', 'nama peninjau bawaan untuk jejak audit (tiap peramban tetap dapat mengisi namanya sendiri)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const port = parsePort(opts.port);
      const reviewer = opts.reviewer === undefined ? null : cleanReviewerName(opts.reviewer);
      if (opts.reviewer !== undefined && reviewer === null) throw new UserError('--reviewer harus berisi nama (2–80 karakter).');
      // The dashboard (routes, templates, the renderer behind the Laporan page) loads only here.
      const [{ openDb }, { createServer }] = await Promise.all([import('../../store/db.ts'), import('../../server/app.ts')]);
      const tls = readTls(opts.tlsCert, opts.tlsKey);
      const db = openDb(ws.paths.database);
      const line = (text: string): void => log(`${stamp()} ${text}`);
      // With --watch, the watcher and the dashboard's uploads share one extractor (one set of parsing threads and OCR workers).
      const extractor = opts.watch ? (await import('../../app/extractor.ts')).createExtractor(ws) : undefined;
      let dashboard: DashboardServer;
      let url: string;
      try {
        dashboard = createServer({ workspace: ws, db, host: opts.host, port, token: opts.token ?? process.env.EVIDEN_TOKEN, tls, reviewer, log: line, extractor });
        url = await dashboard.listen();
      } catch (err) {
        await extractor?.close();
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
        }, extractor);
      }
      const lines = [`Dasbor eviden berjalan di ${url}`];
      const scheme = new URL(url).protocol.replace(':', '');
      if (opts.host === '0.0.0.0') for (const ip of lanAddresses()) lines.push(`  dari komputer lain: ${scheme}://${ip}:${new URL(url).port}/`);
      if (dashboard.generatedToken !== null) {
        lines.push(`  Token akses (dibuat acak, berlaku sampai server berhenti): ${dashboard.generatedToken}`);
        lines.push('  Bagikan hanya kepada peninjau; untuk token tetap, pakai --token atau EVIDEN_TOKEN.');
      }
      if (dashboard.generatedToken !== null || (opts.token ?? process.env.EVIDEN_TOKEN)) {
        lines.push('  Masuk dengan token akses (atau header "Authorization: Bearer <token>" untuk API).');
      }
      if (scheme === 'http' && opts.host !== DEFAULT_HOST && opts.host !== 'localhost') {
        lines.push('  Peringatan: tanpa --tls-cert/--tls-key token dikirim tanpa enkripsi; pakai HTTPS atau proksi balik (lihat README).');
      }
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
            await extractor?.close();
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
