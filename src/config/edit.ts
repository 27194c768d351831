/**
 * Edits the penilaian mandiri (claimed level, penjelasan) of one indicator in `eviden.config.yaml`,
 * keeping the coordinator's comments and layout (yaml Document API), validating before an atomic write.
 */
import { readFileSync } from 'node:fs';
import { isMap, isNode, isScalar, parseDocument, Scalar, type Document, type Pair, type YAMLMap } from 'yaml';
import { parseConfig } from './load.ts';
import type { Config } from '../types/config.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { UserError } from '../shared/errors.ts';

export interface AssessmentEdit {
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
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new UserError(`Berkas konfigurasi ${file} bukan YAML yang sah; perbaiki dulu sebelum mengubah penilaian.`);
  }
  if (!isMap(doc.contents)) throw new UserError(`Berkas konfigurasi ${file} harus berisi pemetaan kunci (instansi, tahun, …).`);
  if (!doc.has('penilaian') || doc.get('penilaian') === null) doc.set('penilaian', doc.createNode({}));
  blockMapAt(doc, ['penilaian']);
  const penilaian = doc.get('penilaian', true);
  if (!isMap(penilaian)) throw new UserError(`Kolom "penilaian" di ${file} harus berupa pemetaan nomor indikator → isian.`);
  const key = existingKey(penilaian, edit.indicator);
  const entryPath = ['penilaian', key];
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

  const next = spliceSection(text, doc.toString());
  return { text: next, config: parseConfig(next, file), changed: next !== text };
}

/** The top-level `penilaian` pair of a YAML text. */
function penilaianPair(text: string): Pair | undefined {
  const contents = parseDocument(text).contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => isScalar(p.key) && p.key.value === 'penilaian');
}

/** [start, end) of a pair in its source text, without the newlines that follow it. */
function pairSpan(text: string, pair: Pair): [number, number] | null {
  const keyRange = isScalar(pair.key) ? pair.key.range : null;
  if (!keyRange) return null;
  const valueRange = isNode(pair.value) ? pair.value.range : undefined;
  let end = valueRange?.[1] ?? keyRange[1];
  while (end > keyRange[0] && text[end - 1] === '\n') end--;
  return [keyRange[0], end];
}

/**
 * Re-stringifying the whole document would restyle parts the user wrote (comment spacing, flow lists):
 * only the `penilaian` section of the original is replaced by its new text. If that splice would not
 * read back as the same data, the fully re-stringified document is used instead.
 */
function spliceSection(original: string, rewritten: string): string {
  const newPair = penilaianPair(rewritten);
  const newSpan = newPair ? pairSpan(rewritten, newPair) : null;
  if (!newSpan) return rewritten;
  const section = rewritten.slice(newSpan[0], newSpan[1]);
  const oldPair = penilaianPair(original);
  const oldSpan = oldPair ? pairSpan(original, oldPair) : null;
  const spliced = oldSpan
    ? original.slice(0, oldSpan[0]) + section + original.slice(oldSpan[1])
    : `${original}${original.endsWith('\n') || original === '' ? '' : '\n'}${section}\n`;
  const same = JSON.stringify(parseDocument(spliced).toJS()) === JSON.stringify(parseDocument(rewritten).toJS());
  return same ? spliced : rewritten;
}

/** Reads the config file, applies the edit, validates it and writes it atomically (only when it changed). */
export function saveAssessmentEdit(file: string, edit: AssessmentEdit): EditResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`Berkas konfigurasi ${file} tidak dapat dibaca. Pastikan workspace masih ada.`);
  }
  const result = applyAssessmentEdit(text, file, edit);
  if (result.changed) writeFileAtomic(file, result.text);
  return result;
}
