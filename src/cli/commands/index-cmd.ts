/** `eviden index`: the official index (aspek, domain, total, predikat) from the claimed levels. */
import path from 'node:path';
import type { Command } from 'commander';
import { withJson, workspaceOf } from '../context.ts';
import type { Workspace } from '../../types/config.ts';
import type { Group, GroupIndex, IndexResult, Instrument } from '../../types/instrument.ts';
import type { InstrumentPack } from '../../instrument/registry.ts';
import { UserError } from '../../shared/errors.ts';
import { formatDecimal } from '../../shared/format.ts';
import { log, printJson, printText } from '../../shared/output.ts';

interface IndexCommandOptions {
  levels?: string;
  instrumen?: string;
  json?: boolean;
}

interface LevelSource {
  levels: Map<number, number>;
  /** What to fix when levels are missing or invalid. */
  hint: string;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface Row {
  label: string;
  bobot: string;
  indeks: string;
}

/** One row per group in tree order, children indented under their parent. */
function tableRows(groups: Group[], indices: Map<string, GroupIndex>, depth = 0): Row[] {
  return groups.flatMap((group) => {
    const index = indices.get(`${group.tingkat}:${group.no}`);
    const row: Row = {
      label: `${'  '.repeat(depth)}${capitalize(group.tingkat)} ${group.no}  ${group.nama}`,
      bobot: `${formatDecimal(group.bobot)} %`,
      indeks: index ? formatDecimal(index.indeks) : '-',
    };
    return [row, ...tableRows(group.groups, indices, depth + 1)];
  });
}

export function renderIndexText(inst: Instrument, result: IndexResult): string {
  const indices = new Map(
    Object.values(result.groups)
      .flat()
      .map((g) => [`${g.tingkat}:${g.no}`, g] as const),
  );
  const header: Row = { label: inst.hierarki.map(capitalize).join(' / '), bobot: 'Bobot', indeks: 'Indeks' };
  const rows = [header, ...tableRows(inst.groups, indices)];
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const bobotWidth = Math.max(...rows.map((r) => r.bobot.length));
  const indeksWidth = Math.max(...rows.map((r) => r.indeks.length));
  const lines = rows.map(
    (r) => `${r.label.padEnd(labelWidth)}  ${r.bobot.padStart(bobotWidth)}  ${r.indeks.padStart(indeksWidth)}`,
  );
  return [
    `Instrumen: ${inst.nama} (${inst.id})`,
    '',
    ...lines,
    '',
    `${inst.nama}: ${formatDecimal(result.indeks)} (${result.predikat})`,
  ].join('\n');
}

function summary(group: GroupIndex): { no: number; nama: string; indeks: number } {
  return { no: group.no, nama: group.nama, indeks: group.indeks };
}

export function indexJson(result: IndexResult): object {
  return {
    instrument: result.instrument,
    indeks: result.indeks,
    predikat: result.predikat,
    aspek: (result.groups.aspek ?? []).map(summary),
    domain: (result.groups.domain ?? []).map(summary),
  };
}

async function fileSource(file: string): Promise<LevelSource> {
  const abs = path.resolve(file);
  const { readLevelsFile } = await import('../../instrument/levels-file.ts');
  return { levels: readLevelsFile(abs), hint: `Perbaiki tingkat di berkas ${abs} lalu jalankan lagi.` };
}

/**
 * Claimed levels of the penilaian mandiri of the instrument, with the partner indices of its externally scored
 * indicators (the lowest level until imported); indicators without a level are left out (reported as missing).
 * Claims of another instrument are never used, and the hint says so when the config holds some.
 */
async function configSource(workspace: Workspace, pack: InstrumentPack): Promise<LevelSource> {
  const instrumentId = pack.id;
  const [{ instrumentsIn }, { unkeyedOwner }, { indexLevels }, { wholeLevelBands }] = await Promise.all([
    import('../../config/claims.ts'),
    import('../../instrument/registry.ts'),
    import('../../assess/index-levels.ts'),
    import('../../assess/external.ts'),
  ]);
  const field = instrumentId === unkeyedOwner() ? 'penilaian.<nomor>.tingkat' : `penilaian.${instrumentId}.<nomor>.tingkat`;
  const others = instrumentsIn(workspace.config.penilaian).filter((id) => id !== instrumentId);
  const note =
    others.length > 0 ? ` Penilaian untuk instrumen lain (${others.join(', ')}) tidak dipakai untuk ${instrumentId}.` : '';
  return {
    levels: indexLevels(pack.instrument, workspace.config, pack.levels.bands ?? wholeLevelBands(pack.instrument)),
    hint: `Isi kolom ${field} di ${workspace.paths.config} (atau pakai --levels BERKAS) lalu jalankan lagi.${note}`,
  };
}

async function report(pack: InstrumentPack, source: LevelSource, json: boolean): Promise<void> {
  const inst = pack.instrument;
  if (inst.experimental) {
    log(`Catatan: instrumen ${inst.id} bersifat eksperimental; bobot dan teksnya belum diverifikasi dengan naskah resmi.`);
  }
  if (pack.sourceNote !== null) log(`Sumber instrumen: ${pack.sourceNote}`);
  const { computeIndex } = await import('../../instrument/index-formula.ts');
  let result: IndexResult;
  try {
    result = computeIndex(inst, source.levels, { allowsDecimal: pack.allowsDecimal });
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`${err.message}\n${source.hint}`, err.exitCode);
    throw err;
  }
  if (json) printJson(indexJson(result));
  else printText(renderIndexText(inst, result));
}

async function run(opts: IndexCommandOptions, cmd: Command): Promise<void> {
  const json = opts.json === true;
  const { loadPack } = await import('../../instrument/registry.ts');
  // With both --levels and --instrumen the workspace is not needed.
  if (opts.levels !== undefined && opts.instrumen !== undefined) {
    await report(loadPack(opts.instrumen), await fileSource(opts.levels), json);
    return;
  }
  const workspace = await workspaceOf(cmd);
  const pack = loadPack(opts.instrumen ?? workspace.config.instrumen);
  await report(pack, opts.levels !== undefined ? await fileSource(opts.levels) : await configSource(workspace, pack), json);
}

export function registerIndex(program: Command): void {
  const cmd = program
    .command('index')
    .description('hitung Indeks Aspek, Indeks Domain dan indeks total beserta predikatnya dari tingkat yang diklaim')
    .option(
      '--levels <berkas>',
      'ambil tingkat dari berkas YAML/JSON {nomor indikator: tingkat}, bukan dari penilaian di konfigurasi (desimal seperti 1,25 atau 2.5 bila instrumen mengizinkannya)',
    )
    .option('--instrumen <id>', 'pakai instrumen ini, bukan kolom "instrumen" di konfigurasi (mis. spbe-2020, pemdi-2026)');
  withJson(cmd).action(async (opts: IndexCommandOptions, command: Command) => run(opts, command));
}
