/**
 * zod's validation issues as Indonesian sentences for coordinators (pure): what is wrong with the value written, and
 * what to write instead: the allowed values, the known keys with a "maksud Anda …?" suggestion, or an example.
 */
import { z } from 'zod';
import { closestMatch } from '../shared/suggest.ts';

type Issue = z.core.$ZodIssue;

export interface ConfigProblem {
  /** Where the problem is: the key path in the YAML (an unknown key's own path). */
  path: PropertyKey[];
  /** One or two Indonesian sentences. */
  text: string;
}

/** The schema under defaults and optionals. */
function inner(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap();
  return s;
}

/** The schema that validates the value at `path`, or null when the path leaves the schema. */
export function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | null {
  let s = inner(schema);
  for (const key of path) {
    if (s instanceof z.ZodObject) {
      const next: z.core.$ZodType | undefined = s.shape[String(key)];
      if (!next) return null;
      s = inner(next);
    } else if (s instanceof z.ZodRecord) s = inner(s.valueType);
    else if (s instanceof z.ZodArray) s = inner(s.element);
    else return null;
  }
  return s;
}

/** The keys an object at `path` accepts (empty when it is not an object). */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(schema, path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** The default of the field at `path`, when it has one (used as the example of what to write). */
function defaultAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): unknown {
  const parent = path.length > 0 ? schemaAt(schema, path.slice(0, -1)) : null;
  const field = parent instanceof z.ZodObject ? parent.shape[String(path.at(-1))] : undefined;
  return field instanceof z.ZodDefault ? field.def.defaultValue : undefined;
}

/** How the value written looks to the user: `"A5"`, `7`, `true`, "sebuah daftar". */
export function writtenValue(value: unknown): string {
  if (value === null) return 'kosong';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'sebuah daftar';
  if (typeof value === 'object') return 'sebuah pemetaan (kunci: nilai)';
  return String(value);
}

function listOf(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

function suggestion(word: string, known: readonly string[]): string {
  const near = closestMatch(word, known);
  return near === null ? '' : ` Maksud Anda \`${near}\`?`;
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = path.at(-1);
  return key === undefined ? '' : String(key);
}

/** " di bawah `instansi:`", " di butir ke-2 daftar `opd`" (where a missing key goes), or nothing at the root. */
function whereToAdd(path: readonly PropertyKey[]): string {
  if (path.length < 2) return '';
  const parent = String(path.at(-2));
  if (/^\d+$/.test(parent)) return ` di butir ke-${Number(parent) + 1} daftar \`${String(path.at(-3) ?? '')}\``;
  return ` di bawah \`${parent}:\``;
}

/** "Tulis angka tanpa tanda kutip, mis. `dpi: 300`." and the like, for the type the field expects. */
function howToWrite(expected: string, key: string, example: unknown): string {
  const line = (value: string): string => (key === '' || /^\d+$/.test(key) ? value : `${key}: ${value}`);
  const eg = example === undefined ? '' : `, mis. \`${line(JSON.stringify(example))}\``;
  switch (expected) {
    case 'number':
      return `Tulis angka tanpa tanda kutip${eg}.`;
    case 'int':
      return `Tulis bilangan bulat tanpa koma${eg}.`;
    case 'boolean':
      return `Tulis \`true\` (ya) atau \`false\` (tidak)${eg}.`;
    case 'string':
      return 'Tulis teks; beri tanda kutip ganda bila teksnya memuat ":" atau "#".';
    case 'array':
      return `Tulis daftar: \`${line('[A, B]')}\` atau satu butir per baris yang diawali "- ".`;
    case 'object':
    case 'record':
      return 'Tulis kunci-kuncinya di baris berikutnya, masing-masing diindentasi dua spasi lebih dalam.';
    default:
      return '';
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'pemetaan (kunci: nilai)',
  record: 'pemetaan (kunci: nilai)',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, value: unknown): string {
  const max = String(issue.maximum);
  if (issue.origin === 'string') return `Teksnya terlalu panjang; paling banyak ${max} karakter.`;
  if (issue.origin === 'array') return `Daftarnya terlalu panjang; paling banyak ${max} butir.`;
  const limit = issue.inclusive === false ? `kurang dari ${max}` : `paling besar ${max}`;
  return `Nilai ${writtenValue(value)} terlalu besar; tulis angka ${limit}.`;
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): string {
  const min = String(issue.minimum);
  if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Tidak boleh kosong; isi teksnya.' : `Teksnya terlalu pendek; paling sedikit ${min} karakter.`;
  if (issue.origin === 'array') return `Daftarnya tidak boleh kosong; isi paling sedikit ${min} butir.`;
  const limit = issue.inclusive === false ? `lebih dari ${min}` : `paling kecil ${min}`;
  return `Nilai ${writtenValue(value)} terlalu kecil; tulis angka ${limit}.`;
}

/**
 * One issue as problems to show (an issue about several unknown keys becomes one problem per key, at that key).
 * `valueAt` gives the value the user wrote at a path (undefined when absent).
 */
export function describeIssue(issue: Issue, schema: z.core.$ZodType, valueAt: (path: readonly PropertyKey[]) => unknown): ConfigProblem[] {
  const value = valueAt(issue.path);
  const one = (text: string): ConfigProblem[] => [{ path: issue.path, text }];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, issue.path);
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        text: `Kunci \`${key}\` tidak dikenal.${suggestion(key, known)}${known.length > 0 ? ` Kunci yang dikenal di sini: ${known.join(', ')}.` : ''}`,
      }));
    }
    case 'invalid_type': {
      if (value === undefined) {
        return one(`Wajib diisi. Tambahkan baris \`${lastKey(issue.path)}: …\`${whereToAdd(issue.path)}.`);
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const hint = howToWrite(issue.expected, lastKey(issue.path), defaultAt(schema, issue.path));
      return one(`Harus berupa ${expected}, tertulis ${writtenValue(value)}.${hint ? ` ${hint}` : ''}`);
    }
    case 'invalid_value': {
      const words = issue.values.map((v) => String(v));
      const near = typeof value === 'string' ? suggestion(value, words) : '';
      return one(`Nilai ${writtenValue(value)} tidak dikenal. Tulis salah satu dari: ${listOf(issue.values)}.${near}`);
    }
    case 'too_big':
      return one(tooBig(issue, value));
    case 'too_small':
      return one(tooSmall(issue, value));
    case 'invalid_key': {
      const reason = issue.issues[0]?.message ?? '';
      return one(`Kunci \`${lastKey(issue.path)}\` tidak sah${reason ? `: ${reason}` : ''}.`);
    }
    case 'invalid_format':
      return one(`Nilai ${writtenValue(value)} tidak sah: ${issue.message}.`);
    case 'not_multiple_of':
      return one(`Nilai ${writtenValue(value)} harus kelipatan ${String(issue.divisor)}.`);
    case 'custom':
      return one(issue.message);
    default:
      return one(`Nilai ${writtenValue(value)} tidak sah.`);
  }
}
