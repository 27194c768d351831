/** `eviden map FILE --add 10 --remove 3 [--confirm]`: records a reviewer's decision on a document's mapping. */
import os from 'node:os';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { recordDecisions } from '../../app/decide.ts';
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
      .argument('<berkas>', 'path di bawah watch/ atau awalan SHA-256')
      .option('--add <indikator...>', 'tambahkan pemetaan ke indikator (boleh dipisah koma)')
      .option('--remove <indikator...>', 'tolak pemetaan ke indikator')
      .option('--confirm', 'konfirmasi pemetaan yang diterima saat ini')
      .option('--reviewer <nama>', 'nama peninjau untuk jejak audit', process.env.EVIDEN_REVIEWER ?? os.userInfo().username)
      .option('--note <catatan>', 'catatan keputusan', ''),
  ).action(
    async (
      ref: string,
      opts: { add?: string[]; remove?: string[]; confirm?: boolean; reviewer: string; note: string; json?: boolean },
      cmd: Command,
    ) => {
      const ws = workspaceOf(cmd);
      const add = parseIndicators(opts.add);
      const remove = parseIndicators(opts.remove);
      if (add.length === 0 && remove.length === 0 && !opts.confirm) {
        throw new UserError('Tidak ada keputusan. Pakai --add, --remove, atau --confirm.');
      }
      await withDb(ws, (db) => {
        const result = recordDecisions(db, ws, { ref, add, remove, confirm: Boolean(opts.confirm), reviewer: opts.reviewer, note: opts.note });
        if (opts.json) printJson(result);
        else
          printText(
            `Keputusan dicatat untuk ${result.path} oleh ${opts.reviewer}.\n` +
              `Indikator diterima sekarang: ${result.indicators.join(', ') || '(tidak ada)'}`,
          );
      });
    },
  );
}
