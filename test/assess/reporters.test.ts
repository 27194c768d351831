import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { CSV_COLUMNS, gapsCsv } from '../../src/assess/reporters/csv.ts';
import { csvField } from '../../src/shared/csv.ts';
import { gapsJson } from '../../src/assess/reporters/json.ts';
import { narrowToOpd } from '../../src/assess/reporters/narrow.ts';
import { TABLE_WIDTH, gapsTable } from '../../src/assess/reporters/table.ts';
import { allFindings, cellOnlyFindings } from '../../src/assess/summary.ts';
import { UserError } from '../../src/shared/errors.ts';
import { ALL_RULES } from '../../src/assess/findings.ts';
import { ruleTitle } from '../../src/assess/rules/titles.ts';
import { ARSITEKTUR_DOMAINS, makeConfig, makeDoc, makeInput, type DocSpec } from './fixtures.ts';

const docs: DocSpec[] = [
  {
    sha: 'r1',
    paths: ['DISKOMINFO/Perbup; "Arsitektur" SPBE.pdf'],
    kind: 'peraturan',
    enacted: true,
    date: '2023-03-12',
    maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS }],
  },
  { sha: 'r2', paths: ['SETDA/=SUM(A1).pdf'], kind: 'keputusan', enacted: true, maps: [{ indicator: 10 }] },
  { sha: 'r3', paths: ['Dinkes/tersesat.pdf'], status: 'needs-password', unclassified: true },
  {
    sha: 'r4',
    paths: ['BKPSDM/folder/dengan/nama/yang/sangat/panjang/sekali/sehingga/melebihi/lebar/terminal/berkas_tangkapan_layar_login_aplikasi_kepegawaian.png'],
    kind: 'tangkapan-layar',
    loginOnly: true,
    maps: [{ indicator: 36 }],
  },
];
const config = makeConfig({
  penanggungJawab: { '1': ['DISKOMINFO', 'SETDA'], '10': ['SETDA'], '36': ['BKPSDM'] },
  penilaian: { '1': { tingkat: 4, penjelasan: 'x' } },
});
const assessment = assess(makeInput(docs.map(makeDoc), config));
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Minimal RFC 4180 parser for `;` (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('gapsTable', () => {
  it('fits 120 columns and has Indonesian section headers', () => {
    const text = gapsTable(assessment, { color: true });
    for (const line of text.replace(ANSI, '').split('\n')) expect(line.length).toBeLessThanOrEqual(TABLE_WIDTH);
    expect(text).toContain('Per indikator');
    expect(text).toContain('Per OPD');
    expect(text).toMatch(/Temuan \(\d+ kesalahan, \d+ peringatan, \d+ info\)/);
  });

  it('prints decimal claims and supported values with a comma, whole levels as they are', () => {
    const [first, ...rest] = assessment.indicators;
    if (!first) throw new Error('no indicator');
    const levels = { climb: 'stepwise' as const, credit: 'linear' as const, level: 1, value: 1.5, levels: [], next: null };
    const decimal = { ...assessment, indicators: [{ ...first, claimedLevel: 2.25, levels }, ...rest] };
    const row = gapsTable(decimal, { color: false }).split('\n').find((l) => new RegExp(`^\\s+${first.id}\\s{2}`).test(l)) ?? '';
    expect(row).toMatch(/\s2,25\s+\d+\s+1,50\s/);
    expect(gapsTable(assessment, { color: false })).not.toMatch(/\d,\d\d\s+\d+\s+\d/);
  });

  it('colors status only when asked', () => {
    expect(gapsTable(assessment, { color: false })).not.toMatch(ANSI);
    const colored = gapsTable(assessment, { color: true });
    expect(colored).toContain('\u001b[31mkosong');
    expect(colored).toContain('\u001b[33mkurang');
  });

  it('lists a rule firing on many indicators once in the instansi-wide view', () => {
    const text = gapsTable(assessment, { color: false });
    expect(text).toMatch(/K Indikator tanpa bukti ×\d+: indikator 2, 3, 4/);
    // Rule ids stay in JSON and CSV; the terminal names them in words.
    for (const rule of ALL_RULES) expect(text).not.toContain(rule.id);
    for (const rule of ALL_RULES) expect(ruleTitle(rule.id), rule.id).not.toBe('Temuan');
  });

  it('--opd shows the OPD heading, its cell status column and only its rows', () => {
    const text = gapsTable(assessment, { color: false, opd: 'SETDA' });
    expect(text).toContain('OPD Sekretariat Daerah (SETDA)');
    expect(text).toContain('Sel OPD');
    expect(text).not.toContain('Per OPD');
    const rows = text.split('\n').filter((l) => /^\s+\d+\s{2}/.test(l));
    expect(rows.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual([1, 10]);
    expect(text).toMatch(/P \[1\] OPD .*belum menyerahkan bukti/);
    expect(text).not.toContain('opdNoEvidence');
  });
});

describe('narrowToOpd', () => {
  it('keeps the OPD cells, its indicators with its own documents, and the findings naming it', () => {
    const n = narrowToOpd(assessment, 'DISKOMINFO');
    expect(n.matrix.map((c) => c.indicator)).toEqual([1]);
    expect(n.indicators.map((i) => i.id)).toEqual([1]);
    expect(n.indicators[0]?.documents.map((d) => d.opd)).toEqual(['DISKOMINFO']);
    expect(n.findings).toEqual([]);
    expect(n.indicators[0]?.findings.map((f) => f.rule)).toContain('claimedAboveSupported');
    expect(n.indeks).toBe(assessment.indeks);
  });

  it('is idempotent (the CLI narrows, then the table narrows again)', () => {
    const once = narrowToOpd(assessment, 'SETDA');
    expect(narrowToOpd(once, 'SETDA')).toEqual(once);
  });

  it('rejects an unknown kode with the known ones', () => {
    expect(() => narrowToOpd(assessment, 'DINKES')).toThrow(UserError);
    expect(() => narrowToOpd(assessment, 'DINKES')).toThrow(/Kode yang ada: DISKOMINFO, SETDA, BKPSDM/);
  });
});

describe('gapsCsv', () => {
  const csv = gapsCsv(assessment);
  const rows = parseCsv(csv.slice(1));

  it('is UTF-8 with BOM, CRLF, `;`-separated, with a header', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('has one row per indicator, per matrix cell and per finding', () => {
    const kinds = rows.slice(1).map((r) => r[0]);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(count('indikator')).toBe(47);
    expect(count('sel')).toBe(assessment.matrix.length);
    expect(count('temuan')).toBe(allFindings(assessment).length + cellOnlyFindings(assessment).length);
  });

  it('round-trips quotes and separators and defuses formulas', () => {
    const i1 = rows.find((r) => r[0] === 'indikator' && r[1] === '1');
    expect(i1?.[12]).toBe('DISKOMINFO/Perbup; "Arsitektur" SPBE.pdf');
    expect(rows.some((r) => r[12] === "'=SUM(A1).pdf" || r[12]?.includes('SETDA/=SUM(A1).pdf'))).toBe(true);
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5 hari')).toBe("'-5 hari");
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('names severities in Indonesian', () => {
    const severities = new Set(rows.filter((r) => r[0] === 'temuan').map((r) => r[10]));
    expect([...severities].sort()).toEqual(['info', 'kesalahan', 'peringatan']);
  });
});

describe('gapsJson', () => {
  it('has the agreed shape', () => {
    const json = gapsJson(assessment);
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['instansi', 'tahun', 'instrument', 'indeks', 'indicators', 'matrix']),
    );
    expect(json.indeks).toEqual({ instrument: 'spbe-2020', indeks: null, predikat: null, groups: {} });
    const first = json.indicators[0];
    expect(first && Object.keys(first)).toEqual(
      expect.arrayContaining(['id', 'nama', 'claimedLevel', 'targetLevel', 'supportedLevel', 'status', 'documents', 'findings']),
    );
    expect(first?.findings[0] && Object.keys(first.findings[0])).toEqual(expect.arrayContaining(['rule', 'severity', 'message']));
    expect(json.matrix[0] && Object.keys(json.matrix[0])).toEqual(
      expect.arrayContaining(['opd', 'indicator', 'status', 'documents', 'findings']),
    );
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('adds meta fields only when given', () => {
    expect(gapsJson(assessment)).not.toHaveProperty('dibuat');
    expect(gapsJson(assessment, { dibuat: '2025-12-01T10:00:00Z', opd: 'SETDA' })).toMatchObject({ dibuat: '2025-12-01T10:00:00Z', opdFilter: 'SETDA' });
  });
});
