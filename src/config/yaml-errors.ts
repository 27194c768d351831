/**
 * The `yaml` parser's errors as Indonesian sentences (pure): what is wrong at which line and column, what to write
 * instead, and the line itself with a marker under the column.
 */
import { LineCounter, type YAMLError } from 'yaml';

/** [pattern on the English message, Indonesian explanation with the fix]; the first match wins, then the code's. */
const BY_MESSAGE: [RegExp, string][] = [
  [/^Sequence item without - indicator/, 'Butir daftar tanpa tanda "-". Awali setiap butir daftar dengan "- " dan sejajarkan dengan butir lainnya, atau jadikan baris ini kunci dengan menulis "nama: nilai".'],
  [/^All sequence items must start at the same column/, 'Butir-butir daftar tidak sejajar. Mulai setiap "- " pada kolom yang sama dengan butir di atasnya.'],
  [/^All mapping items must start at the same column/, 'Indentasi baris ini tidak sama dengan kunci lain di tingkat yang sama. Samakan jumlah spasi di awal baris dengan kunci di atasnya (biasanya kelipatan dua spasi).'],
  [/^Flow (sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/, 'Kurung "[" atau "{" tidak ditutup. Tutup daftar atau pemetaan sebaris itu dengan "]" atau "}" di baris yang sama.'],
  [/^Missing closing "?quote|^Missing closing ['"]/, 'Tanda kutip tidak ditutup. Tambahkan tanda kutip penutup di akhir teks pada baris yang sama.'],
  [/^Implicit map keys need to be followed by map values/, 'Baris ini tidak berisi "kunci: nilai". Tambahkan titik dua setelah nama kunci (mis. "nama: Dinas Kominfo"), atau hapus baris ini bila tidak sengaja tertulis.'],
  [/^Nested mappings are not allowed in compact mappings/, 'Ada dua titik dua pada satu baris (mis. "a: b: c"). Beri tanda kutip ganda pada nilainya, atau pindahkan kunci kedua ke baris baru dengan indentasi.'],
  [/^Plain value cannot start with (?:reserved character )?(\S+)/, 'Nilai tidak boleh diawali tanda "$1" tanpa tanda kutip. Apit nilainya dengan tanda kutip ganda.'],
  [/^Comments must be separated from other tokens by white space/, 'Tanda "#" komentar harus didahului spasi. Bila "#" bagian dari teks, apit teksnya dengan tanda kutip ganda.'],
  [/^Missing , between/, 'Butir-butir di dalam "[…]" atau "{…}" harus dipisah koma.'],
  [/^Missing , or : between/, 'Di dalam "{…}" tulis "kunci: nilai" dan pisahkan pasangan dengan koma.'],
  [/^Missing space after : in/, 'Beri spasi setelah titik dua di dalam "{…}" (mis. "{kode: HUKUM}").'],
  [/^Invalid escape sequence/, 'Garis miring terbalik "\\" di dalam tanda kutip ganda. Tulis "\\\\", atau pakai tanda kutip tunggal.'],
  [/^Source contains multiple documents/, 'Berkas berisi lebih dari satu dokumen YAML. Hapus baris "---" (atau "...") di tengah berkas.'],
  [/^Unexpected , in/, 'Koma di tempat yang salah di dalam "[…]" atau "{…}". Hapus koma yang berlebih.'],
  [/^Unexpected (flow-seq-end|flow-map-end|\]|\})/, 'Kurung tutup "]" atau "}" tanpa kurung buka. Hapus kurung itu atau tambahkan kurung bukanya.'],
];

const BY_CODE: Record<string, string> = {
  TAB_AS_INDENT: 'Indentasi memakai tab. Ganti tab dengan spasi (dua spasi per tingkat).',
  DUPLICATE_KEY: 'Kunci $KEY sudah ditulis sebelumnya di tingkat yang sama. Hapus salah satunya atau gabungkan isinya menjadi satu.',
  BAD_INDENT: 'Indentasi baris ini salah. Samakan jumlah spasi di awal baris dengan baris lain di tingkat yang sama.',
  MISSING_CHAR: 'Ada tanda yang hilang di baris ini (titik dua, koma, tanda kutip, atau kurung penutup).',
  MULTILINE_IMPLICIT_KEY: 'Baris ini tidak berbentuk "kunci: nilai": mungkin titik dua setelah nama kunci hilang, atau tanda kutip di atasnya belum ditutup. Tulis "nama: nilai", atau hapus baris ini.',
  BLOCK_AS_IMPLICIT_KEY: 'Susunan kunci dan nilai di baris ini tidak sah. Pindahkan nilainya ke baris baru dengan indentasi.',
  BAD_SCALAR_START: 'Nilai diawali tanda khusus YAML. Apit nilainya dengan tanda kutip ganda.',
  UNEXPECTED_TOKEN: 'Ada tanda yang tidak diharapkan di baris ini. Periksa kurung, koma, dan tanda kutip.',
  BAD_DQ_ESCAPE: 'Garis miring terbalik "\\" di dalam tanda kutip ganda. Tulis "\\\\", atau pakai tanda kutip tunggal.',
  MULTIPLE_DOCS: 'Berkas berisi lebih dari satu dokumen YAML. Hapus baris "---" di tengah berkas.',
  KEY_OVER_1024_CHARS: 'Kunci terlalu panjang. Periksa titik dua dan tanda kutip di baris ini.',
};

export interface YamlErrorText {
  line: number;
  column: number;
  /** The Indonesian explanation and fix. */
  text: string;
  /** The offending line, numbered, with a caret under the column. */
  excerpt: string;
}

function explain(error: YAMLError, source: string, above: string): string {
  const message = error.message.split('\n')[0] ?? '';
  const key = /^\s*(?:- )?["']?([^"':#]+?)["']?\s*:/.exec(source)?.[1];
  let text = (BY_CODE[error.code] ?? 'Penulisan YAML di sini tidak sah. Periksa indentasi, titik dua, dan tanda kutip.')
    .replace('$KEY', key ? `\`${key}\`` : 'ini');
  for (const [pattern, explanation] of BY_MESSAGE) {
    const m = pattern.exec(message);
    if (!m) continue;
    text = explanation.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '');
    break;
  }
  // A line without "key:" under a list item is most often a list item that lost its "- ".
  const listAbove = /^\s*- /.test(above) && !/^\s*-/.test(source) && !/:(\s|$)/.test(source);
  return listAbove ? `${text} Bila baris ini butir daftar, awali dengan "- " seperti baris di atasnya.` : text;
}

/** The index of the first bracket a line leaves open, or -1 (quotes and comments are not tracked: a hint only). */
function unclosedAt(line: string): number {
  const open: number[] = [];
  [...line].forEach((ch, i) => {
    if (ch === '[' || ch === '{') open.push(i);
    else if (ch === ']' || ch === '}') open.pop();
  });
  return open[0] ?? -1;
}

/** Where and what: for a parse error of `text` (parsed with `prettyErrors: false`). */
export function describeYamlError(error: YAMLError, text: string): YamlErrorText {
  const counter = new LineCounter();
  let offset = 0;
  for (const line of text.split('\n')) {
    counter.addNewLine(offset);
    offset += line.length + 1;
  }
  const lines = text.split('\n');
  let { line, col } = counter.linePos(Math.min(error.pos[0], text.length));
  // An unclosed [ or { is noticed only lines later: point at the line that opened it.
  if (/^Flow (sequence|map) in block collection/.test(error.message)) {
    const opened = lines.slice(0, line).map(unclosedAt).findLastIndex((at) => at >= 0);
    if (opened >= 0) {
      line = opened + 1;
      col = unclosedAt(lines[opened] ?? '') + 1;
    }
  }
  const raw = lines[line - 1] ?? '';
  const above = lines.slice(0, line - 1).reverse().find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  const source = raw.replace(/\t/g, '→');
  const number = String(line);
  const excerpt = `${number} | ${source}\n${' '.repeat(number.length)} | ${' '.repeat(Math.max(0, col - 1))}^`;
  return { line, column: col, text: explain(error, raw, above), excerpt };
}

/** The full user message for a file that is not valid YAML. */
export function yamlErrorMessage(error: YAMLError, text: string, file: string, what = 'Berkas konfigurasi'): string {
  const d = describeYamlError(error, text);
  return `${what} ${file}:${d.line} bukan YAML yang sah (baris ${d.line}, kolom ${d.column}): ${d.text}\n${d.excerpt}`;
}
