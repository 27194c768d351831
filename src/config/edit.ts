/**
 * Edits the penilaian mandiri (claimed level, penjelasan) of one indicator of one instrument in `eviden.config.yaml`
 * (under `penilaian.<instrument id>`; an unkeyed entry of the pack owning that form is edited where it stands),
 * changing only the lines of the fields that changed (comments, wrapping and the other entries stay byte for byte),
 * validating before an atomic write; and the imported partner indices (`nilaiEksternal`) the same way.
 */
import { readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, parseDocument, Scalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { unkeyedOwner } from '../instrument/registry.ts';
import { parseConfig } from './load.ts';
import { yamlErrorMessage } from './yaml-errors.ts';
import type { Config, ExternalScoreEntry } from '../types/config.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { UserError } from '../shared/errors.ts';

export interface AssessmentEdit {
  /** The instrument the claim belongs to (the config's `instrumen`). */
  instrument: string;
  indicator: number;
  /** A level sets it, null removes the claim, undefined leaves it as it is. */
  tingkat?: number | null;
  /** A text sets it ('' removes it), undefined leaves it as it is. */
  penjelasan?: string;
}

export interface EditResult {
  text: string;
  config: Config;
  /** False when the file already said exactly this. */
  changed: boolean;
}

/**
 * The key as written in the file (`10:` is a number, `"10":` a string); a new entry follows the style of the
 * entries already there (quoted when they are), else a plain number.
 */
function existingKey(map: YAMLMap, indicator: number): unknown {
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === String(indicator));
  if (pair && isScalar(pair.key)) return pair.key.value;
  const quoted = map.items.some((p) => isScalar(p.key) && typeof p.key.value === 'string');
  return quoted ? String(indicator) : indicator;
}

/**
 * Where the instrument's claims live: `penilaian.<id>`, or `penilaian` itself for the pack owning the unkeyed form
 * when the entry is written there already or the file has no `penilaian.<id>` yet (an SPBE file keeps its form).
 */
function claimsPath(doc: Document, penilaian: YAMLMap, edit: AssessmentEdit): unknown[] {
  const keyed = ['penilaian', edit.instrument];
  if (edit.instrument !== unkeyedOwner()) return keyed;
  const unkeyedEntry = penilaian.items.some((p) => isScalar(p.key) && String(p.key.value) === String(edit.indicator));
  return unkeyedEntry || !doc.hasIn(keyed) ? ['penilaian'] : keyed;
}

/** The block map at `path`, created when absent. */
function mapAt(doc: Document, path: unknown[]): YAMLMap {
  if (!doc.hasIn(path) || doc.getIn(path) === null) doc.setIn(path, doc.createNode({}));
  blockMapAt(doc, path);
  const node = doc.getIn(path, true);
  if (!isMap(node)) throw new UserError(`Kolom "${path.map(String).join('.')}" harus berupa pemetaan nomor indikator → isian.`);
  return node;
}

/** `penilaian: {}` (as `eviden init` may write it) would otherwise stay a one-line flow map. */
function blockMapAt(doc: Document, path: unknown[]): void {
  const node = doc.getIn(path, true);
  if (isMap(node) && node.flow) node.flow = false;
}

/** A short plain line stays plain; anything else is a `|-` block, which YAML never folds or escapes. */
function textNode(doc: Document, text: string): Scalar {
  const node = doc.createNode(text);
  const plain = text.length <= 60 && !/[\n:#"'\\]/.test(text);
  if (!plain) node.type = Scalar.BLOCK_LITERAL;
  return node;
}

/** Line endings from a browser form become \n; trailing blanks go. */
export function normalizePenjelasan(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

/** Applies the edit to the YAML text (pure): the result is validated against the config schema. */
export function applyAssessmentEdit(text: string, file: string, edit: AssessmentEdit): EditResult {
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new UserError(`${yamlErrorMessage(error, text, file)}\nPerbaiki dulu berkasnya sebelum mengubah penilaian.`);
  if (!isMap(doc.contents)) throw new UserError(`Berkas konfigurasi ${file} harus berisi pemetaan kunci (instansi, tahun, …).`);
  if (!doc.has('penilaian') || doc.get('penilaian') === null) doc.set('penilaian', doc.createNode({}));
  blockMapAt(doc, ['penilaian']);
  const penilaian = doc.get('penilaian', true);
  if (!isMap(penilaian)) throw new UserError(`Kolom "penilaian" di ${file} harus berupa pemetaan id instrumen → nomor indikator → isian.`);
  const base = claimsPath(doc, penilaian, edit);
  const entryPath = [...base, existingKey(mapAt(doc, base), edit.indicator)];
  if (!doc.hasIn(entryPath) || doc.getIn(entryPath) === null) doc.setIn(entryPath, doc.createNode({}));
  blockMapAt(doc, entryPath);

  if (edit.tingkat === null) doc.deleteIn([...entryPath, 'tingkat']);
  else if (edit.tingkat !== undefined) doc.setIn([...entryPath, 'tingkat'], edit.tingkat);
  if (edit.penjelasan !== undefined) {
    const penjelasan = normalizePenjelasan(edit.penjelasan);
    if (penjelasan === '') doc.deleteIn([...entryPath, 'penjelasan']);
    else doc.setIn([...entryPath, 'penjelasan'], textNode(doc, penjelasan));
  }
  const entry = doc.getIn(entryPath, true);
  if (isMap(entry) && entry.items.length === 0) doc.deleteIn(entryPath);
  const parentPath = entryPath.slice(0, -1);
  const parent = doc.getIn(parentPath, true);
  if (parentPath.length > 1 && isMap(parent) && parent.items.length === 0) doc.deleteIn(parentPath);

  const next = spliceChanges(text, doc.toString());
  return { text: next, config: parseConfig(next, file), changed: next !== text };
}

export interface ExternalScoreEdit {
  instrument: string;
  indicator: number;
  /** The imported score; null removes it. */
  entry: ExternalScoreEntry | null;
}

/** Sets or removes `nilaiEksternal.<instrument>."<no>"` (pure), changing only those lines; validated like any edit. */
export function applyExternalScoreEdit(text: string, file: string, edit: ExternalScoreEdit): EditResult {
  const doc = parseDocument(text, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) throw new UserError(`${yamlErrorMessage(error, text, file)}\nPerbaiki dulu berkasnya sebelum mengimpor nilai eksternal.`);
  if (!isMap(doc.contents)) throw new UserError(`Berkas konfigurasi ${file} harus berisi pemetaan kunci (instansi, tahun, …).`);
  const base = ['nilaiEksternal', edit.instrument];
  const entryPath = [...base, existingKey(mapAt(doc, base), edit.indicator)];
  if (edit.entry === null) doc.deleteIn(entryPath);
  else {
    const { indeks, nilai, sumber, tanggal } = edit.entry;
    const node = doc.createNode({ ...(indeks === undefined ? {} : { indeks }), ...(nilai === undefined ? {} : { nilai }), sumber, tanggal });
    node.flow = true;
    doc.setIn(entryPath, node);
  }
  for (const path of [base, ['nilaiEksternal']]) {
    const node = doc.getIn(path, true);
    if (isMap(node) && node.items.length === 0) doc.deleteIn(path);
  }
  const next = spliceChanges(text, doc.toString());
  return { text: next, config: parseConfig(next, file), changed: next !== text };
}

/** Reads the config file, applies the external score edit, validates it and writes it atomically (when it changed). */
export function saveExternalScoreEdit(file: string, edit: ExternalScoreEdit): EditResult {
  const result = applyExternalScoreEdit(readConfigText(file), file, edit);
  if (result.changed) writeFileAtomic(file, result.text);
  return result;
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

interface Side {
  text: string;
  data: unknown;
}

function valueAt(data: unknown, keys: readonly string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function keyOf(pair: Pair): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

/** [start, end) of a pair in its source text (key to value end, trailing comment and newlines excluded). */
function pairSpan(text: string, pair: Pair): [number, number] | null {
  const keyRange = isScalar(pair.key) ? pair.key.range : null;
  if (!keyRange) return null;
  const valueRange = isNode(pair.value) ? pair.value.range : undefined;
  let end = valueRange?.[1] ?? keyRange[1];
  while (end > keyRange[0] && /\s/.test(text[end - 1] ?? '')) end--;
  return [keyRange[0], end];
}

function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Moves the lines after the first from column `from` to column `to` (block scalar content keeps its relative indent). */
function reindent(text: string, from: number, to: number): string {
  return text
    .split('\n')
    .map((line, i) => {
      if (i === 0 || line.trim() === '') return i === 0 ? line : '';
      const lead = line.length - line.trimStart().length;
      return ' '.repeat(Math.max(0, to + lead - from)) + line.trimStart();
    })
    .join('\n');
}

/**
 * Collects the smallest text edits that turn the map `before` (in the original text) into `after` (in the
 * re-stringified text): unchanged pairs are left byte for byte, so hand-formatted penjelasan, comments and line
 * wrapping of other entries never move. Returns false when the map must be replaced as a whole (flow style, emptied).
 */
function diffMap(before: YAMLMap, after: YAMLMap, keys: string[], old: Side, next: Side, edits: TextEdit[]): boolean {
  if (before.flow || before.items.length === 0 || after.items.length === 0) return false;
  const firstSpan = before.items[0] ? pairSpan(old.text, before.items[0]) : null;
  if (!firstSpan) return false;
  const column = columnAt(old.text, firstSpan[0]);
  const pairText = (pair: Pair): string | null => {
    const span = pairSpan(next.text, pair);
    return span ? reindent(next.text.slice(span[0], span[1]), columnAt(next.text, span[0]), column) : null;
  };
  const inserted: string[] = [];
  for (const pair of after.items) {
    const key = keyOf(pair);
    if (key === null) return false;
    const path = [...keys, key];
    const match = before.items.find((p) => keyOf(p) === key);
    if (!match) {
      const text = pairText(pair);
      if (text === null) return false;
      inserted.push(text);
      continue;
    }
    if (JSON.stringify(valueAt(old.data, path)) === JSON.stringify(valueAt(next.data, path))) continue;
    if (isMap(match.value) && isMap(pair.value) && diffMap(match.value, pair.value, path, old, next, edits)) continue;
    const span = pairSpan(old.text, match);
    const text = pairText(pair);
    if (!span || text === null) return false;
    edits.push({ start: span[0], end: span[1], text });
  }
  for (const pair of before.items) {
    const key = keyOf(pair);
    if (key === null || after.items.some((p) => keyOf(p) === key)) continue;
    const span = pairSpan(old.text, pair);
    if (!span) return false;
    const lineStart = span[0] - columnAt(old.text, span[0]);
    const lineEnd = old.text.indexOf('\n', span[1]);
    edits.push({ start: lineStart, end: lineEnd < 0 ? old.text.length : lineEnd + 1, text: '' });
  }
  if (inserted.length > 0) {
    const last = before.items.at(-1);
    const span = last ? pairSpan(old.text, last) : null;
    if (!span) return false;
    const lineEnd = old.text.indexOf('\n', span[1]);
    const at = lineEnd < 0 ? old.text.length : lineEnd;
    edits.push({ start: at, end: at, text: inserted.map((t) => `\n${' '.repeat(column)}${t}`).join('') });
  }
  return true;
}

/**
 * Re-stringifying the whole document would restyle parts the user wrote (folded penjelasan, comment spacing, flow
 * lists): only the pairs whose value changed are replaced by their new text. If the result would not read back as
 * the same data, the fully re-stringified document is used instead.
 */
function spliceChanges(original: string, rewritten: string): string {
  const before = parseDocument(original);
  const after = parseDocument(rewritten);
  const old: Side = { text: original, data: before.toJS() };
  const next: Side = { text: rewritten, data: after.toJS() };
  const edits: TextEdit[] = [];
  if (!isMap(before.contents) || !isMap(after.contents) || !diffMap(before.contents, after.contents, [], old, next, edits)) {
    return rewritten;
  }
  let text = original;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const same = JSON.stringify(parseDocument(text).toJS()) === JSON.stringify(next.data);
  return same ? text : rewritten;
}

function readConfigText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Berkas konfigurasi ${file} tidak dapat dibaca. Pastikan workspace masih ada.`);
  }
}

/** Reads the config file, applies the edit, validates it and writes it atomically (only when it changed). */
export function saveAssessmentEdit(file: string, edit: AssessmentEdit): EditResult {
  const result = applyAssessmentEdit(readConfigText(file), file, edit);
  if (result.changed) writeFileAtomic(file, result.text);
  return result;
}
