/**
 * `eviden penjelasan [--indikator N] [--tulis [--timpa]]`: draft penjelasan per indicator from the accepted
 * evidence (FAKTA → ANALISIS → JUSTIFIKASI). Prints them; `--tulis` writes them into the penilaian mandiri where the
 * penjelasan is still empty, `--timpa` also over a written one.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import { reviewerName } from '../reviewer.ts';
import type { IndicatorDraft, WriteOutcome } from '../../app/penjelasan.ts';
import { UserError } from '../../shared/errors.ts';
import { log, printJson, printText } from '../../shared/output.ts';
import { formatValue } from '../../shared/format.ts';

const OUTCOME: Record<WriteOutcome, string> = {
  ditulis: 'ditulis',
  'dilewati-sudah-ada': 'dilewati: penjelasan sudah diisi (pakai --timpa untuk mengganti)',
  'dilewati-tanpa-draf': 'dilewati: belum ada draf',
  sama: 'tidak berubah',
};

function renderDraft(d: IndicatorDraft): string {
  const head = `== Indikator ${d.draft.indicator}`;
  if (d.draft.text === '') return `${head}\n(belum ada draf) ${d.draft.reason ?? ''}`.trim();
  const notes: string[] = [];
  if (d.claimedLevel !== null && d.draft.level !== null && d.claimedLevel !== d.draft.level) {
    notes.push(`Catatan: klaim tingkat ${formatValue(d.claimedLevel)}, bukti mendukung tingkat ${formatValue(d.draft.level)}.`);
  }
  if (d.current.trim() !== '') notes.push('Catatan: penjelasan sudah diisi; draf ini tidak ditulis tanpa --timpa.');
  return [head, d.draft.text, ...notes].join('\n');
}

export function registerPenjelasan(program: Command): void {
  withJson(
    program
      .command('penjelasan')
      .description('susun draf penjelasan (FAKTA → ANALISIS → JUSTIFIKASI) dari bukti dukung yang diterima')
      .option('--indikator <nomor>', 'hanya indikator ini')
      .option('--tulis', 'tulis draf ke penilaian mandiri di eviden.config.yaml, hanya yang penjelasannya masih kosong')
      .option('--timpa', 'bersama --tulis: ganti juga penjelasan yang sudah diisi')
      .option('--reviewer <nama>', 'nama yang dicatat di jejak audit saat menulis (bawaan: EVIDEN_REVIEWER, lalu `peninjau` di konfigurasi)'),
  ).action(async (opts: { indikator?: string; tulis?: boolean; timpa?: boolean; reviewer?: string; json?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    // SQLite and the assessment load only when the command runs.
    const [{ withDb }, { loadWorkspaceState }, { indicatorDrafts, writeDrafts }] = await Promise.all([
      import('../../app/session.ts'),
      import('../../app/state.ts'),
      import('../../app/penjelasan.ts'),
    ]);
    const only = opts.indikator === undefined ? undefined : Number(opts.indikator);
    if (opts.timpa && !opts.tulis) throw new UserError('--timpa hanya berlaku bersama --tulis.');
    await withDb(ws, async (db) => {
      const state = loadWorkspaceState(db, ws);
      if (only !== undefined && !state.assessment.indicators.some((i) => i.id === only)) {
        throw new UserError(`Indikator "${opts.indikator}" tidak ada di instrumen ${state.instrument.id}.`);
      }
      const drafts = indicatorDrafts(db, state, only);
      const written = opts.tulis
        ? writeDrafts(db, state, drafts, { overwrite: Boolean(opts.timpa), actor: await reviewerName(opts.reviewer, ws) })
        : null;
      if (opts.json) {
        printJson(drafts.map((d) => ({ ...d.draft, penjelasanSekarang: d.current, klaim: d.claimedLevel, penulisan: written?.get(d.draft.indicator) ?? null })));
        return;
      }
      printText(drafts.map(renderDraft).join('\n\n'));
      const ready = drafts.filter((d) => d.draft.text !== '').length;
      log(`${ready} dari ${drafts.length} indikator punya draf.`);
      if (written) {
        for (const [no, outcome] of written) if (outcome !== 'dilewati-tanpa-draf') log(`Indikator ${no}: ${OUTCOME[outcome]}`);
      } else if (ready > 0) log('Tulis draf ke eviden.config.yaml dengan: eviden penjelasan --tulis');
    });
  });
}
