/**
 * `eviden akses`: access links for OPD staff on the dashboard (that OPD's page, documents and gap list, read-only,
 * plus upload into its folder). `buat` prints the link once; `daftar` lists them; `cabut` revokes one at once.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/address.ts';
import { cleanReviewerName } from '../../server/auth.ts';
import { UserError } from '../../shared/errors.ts';
import { formatDateTime } from '../../shared/format.ts';
import { log, printJson, printText } from '../../shared/output.ts';
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS } from '../../store/opd-access-limits.ts';

const STATE_LABEL = { aktif: 'aktif', kedaluwarsa: 'kedaluwarsa', dicabut: 'dicabut' } as const;

function dashboardAddress(raw: string | undefined): string {
  const value = raw ?? process.env.EVIDEN_ALAMAT ?? `http://${DEFAULT_HOST}:${DEFAULT_PORT}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(`--alamat "${value.slice(0, 80)}" bukan alamat dasbor (tulis mis. https://eviden.kantor.go.id atau http://192.168.1.10:8470).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError('--alamat harus berawalan http:// atau https://.');
  return url.origin;
}

function parseDays(raw: string): number {
  const days = /^\d{1,4}$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALID_DAYS) throw new UserError(`--berlaku "${raw}" tidak sah: tulis jumlah hari 1–${MAX_VALID_DAYS}.`);
  return days;
}

export function registerAkses(program: Command): void {
  const akses = withJson(
    program
      .command('akses')
      .description('tautan akses dasbor untuk staf OPD: melihat halaman, dokumen, dan kekurangan bukti OPD-nya sendiri, serta mengunggah berkas'),
  ).action(async (opts: { json?: boolean }, cmd: Command) => {
    await listCommand(opts, cmd);
  });

  akses
    .command('buat')
    .description('buat tautan akses untuk satu OPD; tautan hanya ditampilkan sekali (eviden menyimpan hash-nya saja)')
    .requiredOption('--opd <kode>', 'kode OPD dari daftar opd di eviden.config.yaml')
    .option('--berlaku <hari>', `masa berlaku dalam hari (1–${MAX_VALID_DAYS})`, String(DEFAULT_VALID_DAYS))
    .option('--nama <nama>', 'untuk siapa tautan ini (dicatat di jejak audit setiap unggahan), mis. "Siti, operator Bappeda"')
    .option('--alamat <url>', `alamat dasbor seperti dibuka staf OPD (bawaan: EVIDEN_ALAMAT, lalu http://${DEFAULT_HOST}:${DEFAULT_PORT})`)
    .option('--reviewer <nama>', 'nama koordinator yang dicatat di jejak audit (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi)')
    .option('--json', 'cetak satu dokumen JSON ke stdout (log ke stderr)')
    .action(async (opts: { opd: string; berlaku: string; nama?: string; alamat?: string; reviewer?: string }, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const days = parseDays(opts.berlaku);
      const base = dashboardAddress(opts.alamat);
      const nama = opts.nama === undefined ? null : cleanReviewerName(opts.nama);
      if (opts.nama !== undefined && nama === null) throw new UserError('--nama harus berisi nama (2–80 karakter).');
      const oleh = await reviewerName(opts.reviewer, ws);
      const [{ withDb }, { grantOpdAccess, accessLinkPath }] = await Promise.all([import('../../app/session.ts'), import('../../app/opd-access.ts')]);
      const { access, key } = await withDb(ws, (db) => grantOpdAccess(db, ws, { opd: opts.opd, nama, days, oleh }));
      const link = `${base}${accessLinkPath(key)}`;
      // `--json` after the subcommand is parsed by the parent `akses`, which has the same option.
      if (cmd.optsWithGlobals<{ json?: boolean }>().json) {
        printJson({ id: access.id, opd: access.opd, nama: access.nama, berlakuSampai: access.berlakuSampai, tautan: link, kunci: key });
        return;
      }
      printText(
        [
          `Tautan akses untuk ${access.opd}${access.nama ? ` (${access.nama})` : ''}, berlaku sampai ${formatDateTime(access.berlakuSampai)}:`,
          `  ${link}`,
          `ID akses: ${access.id} (untuk "eviden akses cabut ${access.id}").`,
          'Tautan ini hanya ditampilkan sekali: kirim lewat saluran resmi kepada staf OPD itu saja.',
        ].join('\n'),
      );
      if (!opts.alamat && !process.env.EVIDEN_ALAMAT) {
        log(`Catatan: alamat ${base} hanya terbuka di komputer ini. Untuk staf di komputer lain, jalankan dasbor dengan --host 0.0.0.0 (lebih baik dengan --tls-cert/--tls-key) dan buat tautan dengan --alamat sesuai alamat itu.`);
      }
    });

  withJson(akses.command('daftar').description('daftar tautan akses OPD: ID, OPD, untuk siapa, masa berlaku, keadaan')).action(
    async (_opts: { json?: boolean }, cmd: Command) => listCommand(cmd.optsWithGlobals<{ json?: boolean }>(), cmd),
  );

  akses
    .command('cabut')
    .description('cabut tautan akses; sesi yang dibuka dengannya langsung berakhir')
    .argument('<id>', 'ID akses dari "eviden akses daftar"')
    .option('--reviewer <nama>', 'nama koordinator yang dicatat di jejak audit (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi)')
    .action(async (id: string, opts: { reviewer?: string }, cmd: Command) => {
      const ws = await workspaceOf(cmd);
      const oleh = await reviewerName(opts.reviewer, ws);
      const [{ withDb }, { revokeAccess }] = await Promise.all([import('../../app/session.ts'), import('../../app/opd-access.ts')]);
      const revoked = await withDb(ws, (db) => revokeAccess(db, ws, id, oleh));
      printText(`Akses ${revoked.id} untuk ${revoked.opd} dicabut (${formatDateTime(revoked.dicabut ?? '')}). Sesi yang memakainya berakhir pada permintaan berikutnya.`);
    });
}

async function listCommand(opts: { json?: boolean }, cmd: Command): Promise<void> {
  const ws = await workspaceOf(cmd);
  const { listAccess } = await import('../../app/opd-access.ts');
  const rows = listAccess(ws);
  if (opts.json) {
    printJson({ akses: rows });
    return;
  }
  if (rows.length === 0) {
    printText('Belum ada tautan akses OPD. Buat dengan: eviden akses buat --opd KODE [--berlaku HARI] [--nama NAMA]');
    return;
  }
  const header = ['ID', 'OPD', 'Untuk', 'Berlaku sampai', 'Keadaan'];
  const table = rows.map((r) => [r.id, r.opd, r.nama ?? '-', formatDateTime(r.berlakuSampai), STATE_LABEL[r.keadaan]]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  printText([line(header), ...table.map(line)].join('\n'));
}
