/**
 * `eviden map BERKAS --add 10 --remove 3 [--confirm]`: records a reviewer's decision on a document's mapping.
 * BERKAS is a path, a SHA-256 prefix or a file name only one file has. The reviewer is `--reviewer`, else
 * EVIDEN_REVIEWER, else `peninjau` in the config, else asked on a terminal; never the operating-system user.
 */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { withDb } from '../../app/session.ts';
import { recordDecisions } from '../../app/decide.ts';
import { resolveDocument } from '../../app/resolve-document.ts';
import { cleanReviewerName, REVIEWER_MAX } from '../../server/auth.ts';
import type { Workspace } from '../../types/config.ts';
import { printJson, printText } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

const NO_REVIEWER =
  'Sebutkan nama peninjau untuk jejak audit: --reviewer "Nama Lengkap", variabel EVIDEN_REVIEWER, ' +
  'atau kunci `peninjau: Nama Lengkap` di eviden.config.yaml.';

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

function named(raw: string, source: string): string {
  const name = cleanReviewerName(raw);
  if (!name) throw new UserError(`Nama peninjau dari ${source} harus 2–${REVIEWER_MAX} karakter. ${NO_REVIEWER}`);
  return name;
}

async function askReviewer(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('Nama peninjau (dicatat di jejak audit): ');
    return named(answer, 'isian');
  } finally {
    rl.close();
  }
}

/** --reviewer, EVIDEN_REVIEWER, `peninjau` in the config, or a question on a terminal. */
async function reviewerName(flag: string | undefined, ws: Workspace): Promise<string> {
  if (flag !== undefined) return named(flag, '--reviewer');
  const env = process.env.EVIDEN_REVIEWER;
  if (env !== undefined && env.trim() !== '') return named(env, 'EVIDEN_REVIEWER');
  if (ws.config.peninjau) return named(ws.config.peninjau, '`peninjau` di eviden.config.yaml');
  if (process.stdin.isTTY && process.stderr.isTTY) return askReviewer();
  throw new UserError(NO_REVIEWER);
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
      .option('--note <catatan>', 'catatan keputusan', ''),
  ).action(
    async (
      ref: string,
      opts: { add?: string[]; remove?: string[]; confirm?: boolean; reviewer?: string; note: string; json?: boolean },
      cmd: Command,
    ) => {
      const ws = workspaceOf(cmd);
      const add = parseIndicators(opts.add);
      const remove = parseIndicators(opts.remove);
      if (add.length === 0 && remove.length === 0 && !opts.confirm) {
        throw new UserError('Tidak ada keputusan. Pakai --add, --remove, atau --confirm.');
      }
      await withDb(ws, async (db) => {
        // The file first: an ambiguous name is answered before anyone is asked for their name.
        const doc = resolveDocument(db, ws, ref);
        const reviewer = await reviewerName(opts.reviewer, ws);
        const result = recordDecisions(db, ws, { ref: doc.sha256, add, remove, confirm: Boolean(opts.confirm), reviewer, note: opts.note });
        if (opts.json) printJson({ ...result, reviewer });
        else
          printText(
            `Keputusan dicatat untuk ${result.path} oleh ${reviewer}.\n` +
              `Indikator diterima sekarang: ${result.indicators.join(', ') || '(tidak ada)'}`,
          );
      });
    },
  );
}
