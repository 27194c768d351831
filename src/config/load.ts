/**
 * Reads and validates `eviden.config.yaml`. Every error is Indonesian and names the file, the line, the field and
 * what to write instead; files the config points to (the logo) and the indicator numbers of `aplikasi` (against the
 * instrument packs) are checked when it is loaded.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { configSchema } from './schema.ts';
import type { Config } from '../types/config.ts';
import { describeIssue, type ConfigProblem } from './issues.ts';
import { yamlErrorMessage } from './yaml-errors.ts';
import { instrumentKeyProblems } from './instrument-keys.ts';
import { UserError } from '../shared/errors.ts';
import { cachedParse } from '../shared/parse-cache.ts';

/** The YAML node's source line of a key path (1-based): the deepest key or item on the path that exists, or null. */
function lineOf(root: Node | null, keyPath: readonly PropertyKey[], counter: LineCounter): number | null {
  let node: unknown = root;
  let lastRange: readonly number[] | null | undefined = root?.range;
  for (const key of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      lastRange = isScalar(pair.key) ? pair.key.range : lastRange;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)];
      if (!item) break;
      lastRange = isScalar(item) || isMap(item) || isSeq(item) ? item.range : lastRange;
      node = item;
    } else {
      break;
    }
  }
  const start = lastRange?.[0];
  return start === undefined ? null : counter.linePos(start).line;
}

function valueAt(data: unknown, keyPath: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of keyPath) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, String(key));
  }
  return value;
}

function fieldName(keyPath: readonly PropertyKey[]): string {
  return keyPath.length > 0 ? keyPath.map(String).join('.') : '(akar berkas)';
}

function problemLines(problems: ConfigProblem[], file: string, root: Node | null, counter: LineCounter): string[] {
  return problems
    .map((p) => ({ p, line: lineOf(root, p.path, counter) }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map(({ p, line }) => `  - ${line === null ? file : `${file}:${line}`}: kolom "${fieldName(p.path)}": ${p.text}`);
}

function invalid(file: string, lines: string[]): UserError {
  return new UserError(`Konfigurasi tidak valid (${file}):\n${lines.join('\n')}\nPerbaiki baris di atas lalu jalankan lagi.`);
}

interface Parsed {
  config: Config;
  root: Node | null;
  counter: LineCounter;
}

function parse(text: string, file: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) throw new UserError(yamlErrorMessage(first, text, file));
  const data: unknown = doc.toJS();
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, configSchema, (p) => valueAt(data, p)));
    throw invalid(file, problemLines(problems, file, doc.contents, counter));
  }
  return { config: parsed.data, root: doc.contents, counter };
}

/** Validates a config text (pure: no file is read; `file` only names it in errors). */
export function parseConfig(text: string, file: string): Config {
  return parse(text, file).config;
}

/** Problems with files the config names, relative to the folder of the config file. */
function fileProblems(config: Config, folder: string): ConfigProblem[] {
  const logo = config.instansi.logo;
  if (!logo) return [];
  const abs = path.resolve(folder, logo);
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    isFile = false;
  }
  if (isFile) return [];
  return [
    {
      path: ['instansi', 'logo'],
      text: `Berkas logo ${abs} tidak ditemukan. Tulis path berkas PNG/JPG relatif terhadap folder workspace (mis. \`logo: lambang.png\`), atau hapus baris logo.`,
    },
  ];
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(
      `Berkas konfigurasi ${file} tidak ditemukan. Jalankan "eviden init" untuk membuatnya, atau pakai --workspace DIR.`,
    );
  }
  // A config that did not change since the last command is not parsed again (see parse-cache.ts).
  const config = cachedParse('config', '', [text], () => parse(text, file).config);
  const problems = [...instrumentKeyProblems(config), ...fileProblems(config, path.dirname(file))];
  if (problems.length > 0) {
    const { root, counter } = parse(text, file);
    throw invalid(file, problemLines(problems, file, root, counter));
  }
  return config;
}
