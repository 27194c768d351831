/** `eviden init [DIR]`: creates a workspace with a commented config and its folders. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { printText } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

/** One line per shipped instrument pack for the config's comment. */
async function packChoices(): Promise<{ id: string; keterangan: string }[]> {
  const [{ listPacks, loadPack }, { allIndicators }] = await Promise.all([import('../../instrument/registry.ts'), import('../../instrument/tree.ts')]);
  return listPacks().map((id) => {
    const inst = loadPack(id).instrument;
    return { id, keterangan: `${inst.nama}, ${allIndicators(inst).length} indikator${inst.experimental ? ', eksperimental' : ''}` };
  });
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('buat workspace baru: eviden.config.yaml (dengan komentar), watch/, output/ dan .eviden/')
    .argument('[folder]', 'folder workspace (bawaan: --workspace atau folder saat ini)')
    .option('--nama <nama>', 'nama instansi, mis. "Pemerintah Kabupaten Sukamaju"', 'Pemerintah Kabupaten Contoh')
    .option('--kota <kota>', 'nama tempat untuk tanggal dan tanda tangan', 'Contoh')
    .option('--tahun <tahun>', 'tahun evaluasi', String(new Date().getFullYear()))
    .option('--force', 'timpa eviden.config.yaml yang sudah ada')
    .action(async (dir: string | undefined, opts: { nama: string; kota: string; tahun: string; force?: boolean }, cmd: Command) => {
      const [{ workspacePaths }, { renderInitConfig }] = await Promise.all([
        import('../../config/workspace.ts'),
        import('../../config/init-template.ts'),
      ]);
      const globals = cmd.optsWithGlobals<{ workspace?: string }>();
      const root = path.resolve(dir ?? globals.workspace ?? process.env.EVIDEN_WORKSPACE ?? process.cwd());
      const paths = workspacePaths(root);
      const tahun = Number(opts.tahun);
      if (!Number.isInteger(tahun) || tahun < 2018 || tahun > 2100) {
        throw new UserError(`Tahun "${opts.tahun}" tidak sah. Tulis tahun evaluasi, mis. --tahun 2026.`);
      }
      if (existsSync(paths.config) && !opts.force) {
        throw new UserError(`${paths.config} sudah ada. Pakai --force untuk menimpanya.`);
      }
      for (const d of [paths.root, paths.watch, paths.output, paths.state]) mkdirSync(d, { recursive: true });
      writeFileSync(paths.config, renderInitConfig({ nama: opts.nama, kota: opts.kota, tahun, instrumen: await packChoices() }));
      const next = root === process.cwd() ? 'eviden scan' : `eviden --workspace ${JSON.stringify(root)} scan`;
      printText(
        [
          `Workspace dibuat di ${paths.root}`,
          `  - ${paths.config}: isi data instansi, OPD, dan penilaian mandiri`,
          `  - ${path.join(paths.watch, '<folder OPD>')}${path.sep}: tempat OPD menaruh bukti dukung`,
          `  - ${paths.output}${path.sep}: laporan dan paket yang dihasilkan`,
          `Langkah berikutnya: sunting konfigurasi, buat folder OPD di watch/, lalu jalankan: ${next}`,
        ].join('\n'),
      );
    });
}
