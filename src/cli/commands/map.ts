/**
 * `eviden map BERKAS --add 10 --remove 3 [--confirm]`: records a reviewer's decision on a document's mapping.
 * BERKAS is a path, a SHA-256 prefix or a file name only one file has. The reviewer is `--reviewer`, else
 * EVIDEN_REVIEWER, else `peninjau` in the config, else asked on a terminal; never the operating-system user.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import { printJson, printText } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

function parseIndicators(values: string[] | undefined): number[] {
  const out: number[] = [];
  for (const v of values ?? []) {
    for (const part of v.split(',')) {
      const n = Number(part.trim());
      if (!Number.isInteger(n) || n < 1) throw new UserError(`"${part}" bukan nomor indikator. Tulis mis. --add 10 atau --add 10,19.`);
      out.push(n);
    }
  }
  return out;
}

export function registerMap(program: Command): void {
  withJson(
    program
      .command('map')
      .description('catat keputusan peninjau: tambah, tolak, atau konfirmasi pemetaan dokumen ke indikator')
      .argument('<berkas>', 'path di bawah watch/, nama berkas (bila hanya satu berkas bernama itu), atau awalan SHA-256')
      .option('--add <indikator...>', 'tambahkan pemetaan ke indikator (boleh dipisah koma)')
      .option('--remove <indikator...>', 'tolak pemetaan ke indikator')
      .option('--confirm', 'konfirmasi pemetaan yang diterima saat ini')
      .option('--reviewer <nama>', 'nama peninjau untuk jejak audit (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi; bila kosong ditanyakan)')
      .option('--note <catatan>', 'catatan keputusan', '')
      .option('--instrumen <id>', 'instrumen keputusan ini (bawaan: `instrumen` di konfigurasi), mis. pemdi-2026 untuk bukti SPBE dari `eviden transisi`'),
  ).action(
    async (
      ref: string,
      opts: { add?: string[]; remove?: string[]; confirm?: boolean; reviewer?: string; note: string; instrumen?: string; json?: boolean },
      cmd: Command,
    ) => {
      const ws = await workspaceOf(cmd);
      const add = parseIndicators(opts.add);
      const remove = parseIndicators(opts.remove);
      if (add.length === 0 && remove.length === 0 && !opts.confirm) {
        throw new UserError('Tidak ada keputusan. Pakai --add, --remove, atau --confirm.');
      }
      const [{ withDb }, { recordDecisions }, { resolveDocument }] = await Promise.all([
        import('../../app/session.ts'),
        import('../../app/decide.ts'),
        import('../../app/resolve-document.ts'),
      ]);
      await withDb(ws, async (db) => {
        // The file first: an ambiguous name is answered before anyone is asked for their name.
        const doc = resolveDocument(db, ws, ref);
        const reviewer = await reviewerName(opts.reviewer, ws);
        const result = recordDecisions(db, ws, {
          ref: doc.sha256, add, remove, confirm: Boolean(opts.confirm), reviewer, note: opts.note,
          ...(opts.instrumen !== undefined ? { instrument: opts.instrumen } : {}),
        });
        if (opts.json) printJson({ ...result, reviewer });
        else
          printText(
            `Keputusan dicatat untuk ${result.path} oleh ${reviewer} (instrumen ${result.instrument}).\n` +
              (result.classified
                ? `Indikator diterima sekarang: ${result.indicators.join(', ') || '(tidak ada)'}`
                : `Dokumen ini belum dipetakan untuk ${result.instrument}; keputusan berlaku setelah "eviden scan" dengan instrumen: ${result.instrument}.`),
          );
      });
    },
  );
}
