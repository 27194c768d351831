/**
 * The instrument packs: one folder per instrument under `src/instruments/<id>/` (pack.yaml, instrument.json,
 * rules.yaml, optional lexicon and level files). Adding an instrument is adding a folder. Packs are read from the
 * package root, since tsc does not copy JSON/YAML into dist/, so the sources and the build read the same files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readRuleFile } from '../classify/load-rules.ts';
import type { RuleFile } from '../classify/rules-schema.ts';
import { compileRuleSet, type RuleSet, type RulesScope } from '../classify/ruleset.ts';
import { EMPTY_LEXICON, expandPhrase, readLexiconFile, type Lexicon } from '../classify/lexicon.ts';
import { combinerFileSchema } from '../classify/combine.ts';
import type { CombinerFile } from '../classify/combine.ts';
import { packageRoot } from '../shared/package-root.ts';
import { cachedParse } from '../shared/parse-cache.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import type { EvidenceItems, Instrument, PackManifest, Substitution, Transition } from '../types/instrument.ts';
import { itemProblems, itemsFileSchema, toEvidenceItems } from './items-schema.ts';
import type { LevelProfiles } from '../types/levels.ts';
import { genericLevelsFile, readLevelProfiles } from './level-profiles.ts';
import { packProblems } from './pack-check.ts';
import { allIndicators } from './tree.ts';
import { packManifestSchema } from './pack-schema.ts';
import { readSubstitutionsFile, withSubstitutionChecks } from './substitutions.ts';
import { readTransitionFile } from './transition.ts';
import { parseInstrument } from './validate.ts';

export const MANIFEST_FILE = 'pack.yaml';

/** Everything eviden knows about one instrument: the manifest's fields, the weighted tree and the compiled rules. */
export interface InstrumentPack extends PackManifest {
  /** Absolute path of the pack's folder. */
  dir: string;
  instrument: Instrument;
  rules: RuleSet;
  /** The rules' scoring settings (threshold floor, confidence bands), without compiling the rules. */
  scoring: RuleFile['scoring'];
  /** The evidence items per indicator and level with their codes, or null when the pack has none. */
  items: EvidenceItems | null;
  /**
   * The level profiles: the pack's `files.levels` over the generic ladders (src/instrument/generic-levels.yaml), with
   * the content checks the substitutions are recognised by.
   */
  levels: LevelProfiles;
  /** The substitutions the assessors reject (`files.substitutions`); empty when the pack has none. */
  substitutions: Substitution[];
  /** The crosswalk from an earlier instrument (`files.transition`), a proposal; null when the pack has none. */
  transition: Transition | null;
  /** Changes whenever any file of the pack changes: stored classifications made with another one are redone. */
  fingerprint: string;
}

/** The folder holding the packs shipped with eviden. */
export function packsRoot(): string {
  return path.join(packageRoot(), 'src', 'instruments');
}

/** Ids of the packs under `root` (folders holding a pack.yaml), sorted. */
export function listPacks(root = packsRoot()): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, MANIFEST_FILE)))
    .map((entry) => entry.name)
    .sort();
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`Berkas ${what} ${file} tidak dapat dibaca: ${errorMessage(err)}. Periksa folder paket instrumen.`);
  }
}

function readManifest(file: string, id: string): PackManifest {
  let raw: unknown;
  try {
    raw = parseYaml(readText(file, 'manifest paket'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Berkas manifest paket ${file} bukan YAML yang sah: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(akar berkas)';
      return `  - kolom "${field}": ${issue.message}`;
    });
    throw new UserError(`Berkas manifest paket ${file} tidak sesuai format:\n${lines.join('\n')}\nPerbaiki berkas tersebut.`);
  }
  if (parsed.data.id !== id) {
    throw new UserError(`Berkas manifest paket ${file} memuat id "${parsed.data.id}"; samakan dengan nama foldernya ("${id}").`);
  }
  return parsed.data;
}

function readInstrument(file: string, id: string): Instrument {
  let raw: unknown;
  try {
    raw = JSON.parse(readText(file, 'instrumen'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Berkas instrumen ${file} tidak dapat dibaca sebagai JSON: ${errorMessage(err)}`);
  }
  const inst = parseInstrument(raw, file);
  if (inst.id !== id) throw new UserError(`Berkas instrumen ${file} memuat id "${inst.id}"; samakan dengan nama folder paketnya ("${id}").`);
  return inst;
}

function readItems(file: string, id: string, instrument: Instrument): EvidenceItems {
  let raw: unknown;
  try {
    raw = parseYaml(readText(file, 'butir bukti'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Berkas butir bukti ${file} bukan YAML yang sah: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
  const parsed = itemsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(akar berkas)';
      return `  - kolom "${field}": ${issue.message}`;
    });
    throw new UserError(`Berkas butir bukti ${file} tidak sesuai format:\n${lines.join('\n')}\nPerbaiki berkas tersebut.`);
  }
  if (parsed.data.instrument !== id) {
    throw new UserError(`Berkas butir bukti ${file} untuk instrumen "${parsed.data.instrument}"; samakan dengan nama folder paketnya ("${id}").`);
  }
  const items = toEvidenceItems(parsed.data);
  const problems = itemProblems(items, instrument);
  if (problems.length > 0) {
    throw new UserError(`Berkas butir bukti ${file} tidak konsisten dengan instrumen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return items;
}

/** The pack's combiner of rule and retrieval scores, validated; any problem is a UserError naming the file. */
function readCombiner(file: string): CombinerFile {
  let raw: unknown;
  try {
    raw = parseYaml(readText(file, 'penggabung skor'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Berkas penggabung skor ${file} bukan YAML yang sah: ${errorMessage(err).split('\n')[0]}. Perbaiki sintaksnya.`);
  }
  const parsed = combinerFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `kolom "${i.path.map(String).join('.') || '(akar berkas)'}": ${i.message}`);
    throw new UserError(`Berkas penggabung skor ${file} tidak sesuai format: ${issues.join('; ')}. Perbaiki berkas tersebut atau buat ulang dengan npm run fit-combiner.`);
  }
  return parsed.data;
}

/** The files of a pack's folder, by name, sorted. */
function packFiles(dir: string): { name: string; bytes: Buffer }[] {
  return readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ name: path.basename(file), bytes: readFileSync(file) }));
}

/** sha256 prefix over the names and contents of every file in the pack's folder. */
function fingerprintOf(files: { name: string; bytes: Buffer }[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(f.bytes).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** What a pack's files say once read and validated (plain data: see cachedParse). */
interface PackData {
  manifest: PackManifest;
  instrument: Instrument;
  ruleFile: RuleFile;
  /** The mapping lexicon the rules are expanded through (empty when the pack has none). */
  lexicon: Lexicon;
  combiner: CombinerFile | null;
  items: EvidenceItems | null;
  levels: LevelProfiles;
  substitutions: Substitution[];
  transition: Transition | null;
}

/** Reads and validates the pack's files and checks them against each other; returns the compiled rules too. */
function readPackData(dir: string, id: string): { data: PackData; rules: RuleSet } {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = readManifest(manifestFile, id);
  const listed = Object.values(manifest.files).filter((name): name is string => name !== null);
  const missing = listed.filter((name) => !existsSync(path.join(dir, name)));
  if (missing.length > 0) {
    throw new UserError(
      `Berkas manifest paket ${manifestFile} menyebut berkas yang tidak ada di ${dir}: ${missing.join(', ')}. ` +
        'Tambahkan berkasnya atau hapus dari kolom "files".',
    );
  }
  const instrument = readInstrument(path.join(dir, manifest.files.instrument), id);
  const rulesFile = path.join(dir, manifest.files.rules);
  const ruleFile = readRuleFile(rulesFile);
  const lexicon = manifest.files.lexicon === null ? EMPTY_LEXICON : readLexiconFile(path.join(dir, manifest.files.lexicon), id);
  const combiner = manifest.files.combiner === null ? null : readCombiner(path.join(dir, manifest.files.combiner));
  const rules = compileRuleSet(ruleFile, rulesScope(manifest, instrument, combiner), lexicon);
  if (rules.id !== id) throw new UserError(`Berkas aturan ${rulesFile} untuk instrumen "${rules.id}"; samakan dengan nama folder paketnya ("${id}").`);
  const problems = packProblems(manifest, instrument, rules);
  if (problems.length > 0) {
    throw new UserError(
      `Paket instrumen ${dir} tidak konsisten:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        `Perbaiki ${MANIFEST_FILE}, ${manifest.files.instrument} atau ${manifest.files.rules}.`,
    );
  }
  const items = manifest.files.items === null ? null : readItems(path.join(dir, manifest.files.items), id, instrument);
  // The generic ladders are the base of every pack's level profiles (and so part of its fingerprint too).
  const profiles = withLexiconForms(readLevelProfiles(manifest.files.levels === null ? null : path.join(dir, manifest.files.levels), instrument), lexicon);
  const substitutionsFile = manifest.files.substitutions === null ? null : path.join(dir, manifest.files.substitutions);
  const substitutions = substitutionsFile === null ? null : readSubstitutionsFile(substitutionsFile, id, items, lexicon);
  const levels = substitutions === null || substitutionsFile === null ? profiles : withSubstitutionChecks(profiles, substitutions, substitutionsFile);
  const transition = manifest.files.transition === null ? null : readTransitionFile(path.join(dir, manifest.files.transition), instrument, items);
  return {
    data: { manifest, instrument, ruleFile, lexicon, combiner, items, levels, substitutions: substitutions?.substitutions ?? [], transition },
    rules,
  };
}

/**
 * The level checks with the lexicon's forms of their phrases, as the mapping rules have them: an item check written
 * "enkripsi" or "audit eksternal" also reads "encryption" or "external audit" when the lexicon says they are one concept.
 */
function withLexiconForms(profiles: LevelProfiles, lexicon: Lexicon): LevelProfiles {
  if (lexicon.concepts.length === 0) return profiles;
  const checks = Object.fromEntries(
    Object.entries(profiles.checks).map(([id, c]) => {
      const phrases = [...new Map([...c.phrases, ...c.phrases.flatMap((p) => expandPhrase(p, lexicon))].map((p) => [p.toLowerCase(), p])).values()];
      return [id, phrases.length === c.phrases.length ? c : { ...c, phrases }];
    }),
  );
  return { ...profiles, checks };
}

/** What the rules need from the rest of the pack: the manifest's ranges, the instrument texts, the combiner. */
function rulesScope(manifest: PackManifest, instrument: Instrument, combiner: CombinerFile | null): RulesScope {
  return { indicatorNumbers: manifest.indicatorNumbers, sectorSlots: manifest.sectorSlots, texts: allIndicators(instrument), combiner };
}

/**
 * Reads one pack. Files that did not change since an earlier run are not parsed and checked again (their checked
 * data comes from the parse cache), and their rules are compiled only when first used: `eviden index` never does.
 */
function readPack(root: string, id: string): InstrumentPack {
  const dir = path.join(root, id);
  const files = [...packFiles(dir), { name: 'generic-levels.yaml', bytes: readFileSync(genericLevelsFile()) }];
  const built: { rules?: RuleSet } = {};
  const data = cachedParse(
    'pack',
    dir,
    files.flatMap((f) => [f.name, f.bytes]),
    () => {
      const read = readPackData(dir, id);
      built.rules = read.rules;
      return read.data;
    },
  );
  return {
    ...data.manifest,
    dir,
    instrument: data.instrument,
    items: data.items,
    levels: data.levels,
    substitutions: data.substitutions,
    transition: data.transition,
    scoring: data.ruleFile.scoring,
    get rules(): RuleSet {
      built.rules ??= compileRuleSet(data.ruleFile, rulesScope(data.manifest, data.instrument, data.combiner), data.lexicon);
      return built.rules;
    },
    fingerprint: fingerprintOf(files),
  };
}

const cache = new Map<string, InstrumentPack>();

/**
 * The pack `id` from `root` (the shipped packs unless a test passes another folder), read and checked once per
 * process. An unknown id or any invalid file is a UserError naming the file.
 */
export function loadPack(id: string, root = packsRoot()): InstrumentPack {
  const key = `${root}\0${id}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const available = listPacks(root);
  if (!available.includes(id)) {
    throw new UserError(
      `Instrumen "${id}" tidak dikenal. Instrumen yang tersedia: ${available.join(', ') || '(tidak ada)'}. ` +
        'Periksa kolom "instrumen" di eviden.config.yaml (atau opsi --instrumen).',
    );
  }
  const pack = readPack(root, id);
  cache.set(key, pack);
  return pack;
}

let owner: string | null | undefined;

/**
 * The id of the shipped pack that owns what was stored before instruments were named: config entries without an
 * instrument key (`unkeyedConfig: true`) and reviewer decisions recorded without an instrument. Null when none does.
 */
export function unkeyedOwner(): string | null {
  owner ??= listPacks().find((id) => loadPack(id).unkeyedConfig) ?? null;
  return owner;
}
