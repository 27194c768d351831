/** Reads and validates `eviden.config.yaml`; errors name the file, line and field in Indonesian. */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ZodError } from 'zod';
import { configSchema } from './schema.ts';
import type { Config } from '../types/config.ts';
import { UserError } from '../shared/errors.ts';

/** Finds the source line of a key path in a parsed YAML document (1-based), or null. */
function lineOf(root: Node | null, path: ReadonlyArray<PropertyKey>, counter: LineCounter): number | null {
  let node: Node | null = root;
  let lastRange: [number, number, number] | undefined = root?.range ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(key));
      if (!pair) break;
      lastRange = (pair.key as Node | null)?.range ?? lastRange;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined;
      if (!item) break;
      lastRange = item.range ?? lastRange;
      node = item;
    } else {
      break;
    }
  }
  return lastRange ? counter.linePos(lastRange[0]).line : null;
}

function describeIssues(error: ZodError, file: string, root: Node | null, counter: LineCounter): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(akar berkas)';
    const line = lineOf(root, issue.path, counter);
    const where = line === null ? file : `${file}:${line}`;
    return `  - ${where}: kolom "${field}": ${translateIssue(issue.message, issue.code)}`;
  });
  return `Konfigurasi tidak valid (${file}):\n${lines.join('\n')}\nPerbaiki kolom di atas lalu jalankan lagi.`;
}

function translateIssue(message: string, code: string): string {
  if (code === 'invalid_type' && /received undefined/.test(message)) return 'wajib diisi';
  if (code === 'invalid_type') return `jenis nilai salah (${message})`;
  if (code === 'invalid_value') return `nilai tidak dikenal (${message})`;
  if (code === 'too_small') return `nilai terlalu kecil atau kosong (${message})`;
  if (code === 'too_big') return `nilai terlalu besar (${message})`;
  return message;
}

export function parseConfig(text: string, file: string): Config {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    throw new UserError(
      `Berkas konfigurasi ${file}${line ? `:${line}` : ''} bukan YAML yang sah: ${first.message.split('\n')[0]}`,
    );
  }
  const parsed = configSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new UserError(describeIssues(parsed.error, file, doc.contents, counter));
  return parsed.data;
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
  return parseConfig(text, file);
}
