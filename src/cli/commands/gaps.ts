/** `eviden gaps`: the gap analysis per OPD and per indicator; writes output/gaps.json and output/gaps.csv. */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { printJson, printText, log } from '../../shared/output.ts';
import { UserError } from '../../shared/errors.ts';

export function registerGaps(program: Command): void {
  withJson(
    program
      .command('gaps')
      .description('analisis kesenjangan bukti dukung per OPD dan per indikator; tulis output/gaps.json dan output/gaps.csv')
      .option('--opd <kode>', 'hanya OPD ini')
      .option('--indikator <nomor>', 'rincian tingkat satu indikator: kriteria, bukti yang dikutip, dan yang masih kurang'),
  ).action(async (opts: { json?: boolean; opd?: string; indikator?: string }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const indikator = opts.indikator === undefined ? undefined : Number(opts.indikator);
    if (indikator !== undefined && !Number.isInteger(indikator)) {
      throw new UserError(`Nomor indikator "${opts.indikator}" tidak sah. Tulis angka, mis. --indikator 19.`);
    }
    if (opts.opd && !ws.config.opd.some((o) => o.kode === opts.opd)) {
      throw new UserError(`OPD "${opts.opd}" tidak ada di konfigurasi. Kode yang ada: ${ws.config.opd.map((o) => o.kode).join(', ')}.`);
    }
    const [{ withDb }, { loadWorkspaceState }, { writeGapOutputs }, { gapsJson }, { gapsTable }, { narrowToOpd }, { levelsText }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../app/gap-outputs.ts'),
      import('../../assess/reporters/json.ts'),
      import('../../assess/reporters/table.ts'),
      import('../../assess/reporters/narrow.ts'),
      import('../../assess/reporters/levels.ts'),
    ]);
    await withDb(ws, (db) => {
      const state = loadWorkspaceState(db, ws);
      if (indikator !== undefined) {
        const found = state.assessment.indicators.find((i) => i.id === indikator);
        if (found === undefined) {
          const numbers = state.assessment.indicators.map((i) => i.id);
          throw new UserError(`Indikator ${indikator} tidak ada di instrumen ${state.assessment.instrument} (nomor ${Math.min(...numbers)}–${Math.max(...numbers)}).`);
        }
        if (opts.json) printJson({ indikator: found.id, nama: found.nama, tingkatKlaim: found.claimedLevel, tingkatTarget: found.targetLevel, analisis: found.levels ?? null });
        else printText(levelsText(found, { color: Boolean(process.stdout.isTTY) }));
        return;
      }
      const files = writeGapOutputs(state);
      const assessment = opts.opd ? narrowToOpd(state.assessment, opts.opd) : state.assessment;
      if (opts.json) {
        printJson(gapsJson(assessment));
        return;
      }
      printText(gapsTable(assessment, { color: Boolean(process.stdout.isTTY), opd: opts.opd }));
      log(`Ditulis: ${files.json} dan ${files.csv}`);
    });
  });
}
