/**
 * `eviden nilai-eksternal [INDIKATOR NILAI --sumber S --tanggal D]`: the partner indices of the externally scored
 * indicators (Indeks SDI, SJIG, IPS/EPSS…). Without arguments it lists them with the value each enters the index with;
 * with arguments it imports one into `nilaiEksternal.<instrumen>` of the config (`--hapus` removes it).
 */
import type { Command } from 'commander';
import { withJson, workspaceOf } from '../context.ts';
import type { InstrumentPack } from '../../instrument/registry.ts';
import type { Config, ExternalScoreEntry } from '../../types/config.ts';
import { UserError } from '../../shared/errors.ts';
import { formatDecimal, parseDecimalText } from '../../shared/format.ts';
import { printJson, printText } from '../../shared/output.ts';

/** The command's modules, loaded only when it runs (so `--help` stays light). */
async function modules() {
  const [claims, edit, external, registry, tree] = await Promise.all([
    import('../../config/claims.ts'),
    import('../../config/edit.ts'),
    import('../../assess/external.ts'),
    import('../../instrument/registry.ts'),
    import('../../instrument/tree.ts'),
  ]);
  return { ...claims, ...edit, ...external, ...registry, ...tree };
}

type Modules = Awaited<ReturnType<typeof modules>>;

interface Options {
  sumber?: string;
  tanggal?: string;
  nilaiIndikator?: boolean;
  hapus?: boolean;
  json?: boolean;
}

interface Row {
  indikator: number;
  nama: string;
  sistem: string;
  pembina: string;
  nilai: number;
  diimpor: boolean;
  keterangan: string;
  entri: ExternalScoreEntry | null;
}

function rows(m: Modules, pack: InstrumentPack, config: Config): Row[] {
  const { allIndicators, isExternal, externalScoreOf, externalValue, wholeLevelBands } = m;
  const bands = pack.levels.bands ?? wholeLevelBands(pack.instrument);
  return allIndicators(pack.instrument)
    .filter(isExternal)
    .map((indicator) => {
      const entry = externalScoreOf(config, pack.id, indicator.no);
      const value = externalValue(indicator, pack.instrument, bands, entry);
      return {
        indikator: indicator.no,
        nama: indicator.namaPendek,
        sistem: indicator.skalaEksternal?.sistem ?? '',
        pembina: indicator.skalaEksternal?.pembina ?? '',
        nilai: value.value,
        diimpor: value.imported,
        keterangan: value.reason,
        entri: entry,
      };
    });
}

function listText(pack: InstrumentPack, list: Row[]): string {
  if (list.length === 0) return `Instrumen ${pack.id} tidak punya indikator yang dinilai dari indeks eksternal.`;
  const lines = list.map((r) => `${String(r.indikator).padStart(2)}  ${r.nama.padEnd(24)} ${formatDecimal(r.nilai).padStart(5)}  ${r.keterangan}`);
  return [`Indikator dinilai dari indeks eksternal (${pack.id}):`, ...lines].join('\n');
}

function entryOf(raw: string, opts: Options): ExternalScoreEntry {
  const value = parseDecimalText(raw);
  if (value === null) throw new UserError(`"${raw}" bukan angka. Tulis mis. 68,75 (nilai indeks) atau 2,5 dengan --nilai-indikator.`);
  if (opts.sumber === undefined || opts.tanggal === undefined) {
    throw new UserError('Sebutkan asal nilai: --sumber "Portal Satu Data Indonesia (Bappenas)" --tanggal 2026-10-15.');
  }
  return opts.nilaiIndikator ? { nilai: value, sumber: opts.sumber, tanggal: opts.tanggal } : { indeks: value, sumber: opts.sumber, tanggal: opts.tanggal };
}

async function run(indicatorArg: string | undefined, valueArg: string | undefined, opts: Options, cmd: Command): Promise<void> {
  const m = await modules();
  const { loadPack, findIndicator, isExternal, allIndicators, saveExternalScoreEdit } = m;
  const ws = await workspaceOf(cmd);
  const pack = loadPack(ws.config.instrumen);
  let config = ws.config;
  if (indicatorArg !== undefined) {
    const no = Number(indicatorArg);
    const indicator = Number.isInteger(no) ? findIndicator(pack.instrument, no) : undefined;
    if (indicator === undefined || !isExternal(indicator)) {
      const external = allIndicators(pack.instrument).filter(isExternal).map((i) => i.no);
      throw new UserError(
        `Indikator ${indicatorArg} tidak dinilai dari indeks eksternal pada instrumen ${pack.id}. ` +
          (external.length > 0 ? `Indikator eksternal: ${external.join(', ')}.` : 'Instrumen ini tidak punya indikator eksternal.'),
      );
    }
    if (!opts.hapus && valueArg === undefined) throw new UserError(`Tulis nilainya, mis. "eviden nilai-eksternal ${no} 68,75 --sumber … --tanggal …", atau --hapus.`);
    const entry = opts.hapus ? null : entryOf(valueArg ?? '', opts);
    config = saveExternalScoreEdit(ws.paths.config, { instrument: pack.id, indicator: no, entry }).config;
  }
  const list = rows(m, pack, config);
  if (opts.json) printJson({ instrument: pack.id, indikator: list });
  else printText(listText(pack, list));
}

export function registerExternalScores(program: Command): void {
  const cmd = program
    .command('nilai-eksternal')
    .description('daftar atau impor nilai indeks eksternal (mis. Indeks SDI, SJIG, IPS/EPSS) untuk indikator yang tidak dinilai dari bukti dukung')
    .argument('[indikator]', 'nomor indikator eksternal, mis. 5')
    .argument('[nilai]', 'nilai indeks mitra seperti diterbitkan, mis. 68,75 (dikonversi dengan skala indikator)')
    .option('--sumber <teks>', 'asal nilai, mis. "Portal Satu Data Indonesia (Bappenas)"')
    .option('--tanggal <TTTT-BB-HH>', 'tanggal hasil yang diterbitkan')
    .option('--nilai-indikator', 'NILAI sudah berupa nilai indikator 1–5, bukan nilai indeks mitra')
    .option('--hapus', 'hapus nilai yang pernah diimpor (indikator kembali dihitung dengan nilai terendah)');
  withJson(cmd).action((indicator: string | undefined, value: string | undefined, opts: Options, command: Command) =>
    run(indicator, value, opts, command),
  );
}
