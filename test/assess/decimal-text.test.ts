/**
 * Decimal indicator values (Pemdi) in every text a user reads: the Indonesian comma ("1,25", never "1.25"), and the
 * messages that name a level's evidence name a whole level, never "tingkat 2.25".
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.ts';
import { levelsText } from '../../src/assess/reporters/levels.ts';
import { gapsTable } from '../../src/assess/reporters/table.ts';
import { CSV_COLUMNS, gapsCsv } from '../../src/assess/reporters/csv.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { Config } from '../../src/types/config.ts';
import type { IndicatorAssessment } from '../../src/types/assessment.ts';
import { makeConfig, makeDoc, makeInput } from './fixtures.ts';

const pack = loadPack('pemdi-2026');
// Both items of level 1 of I19 met, nothing of level 2: level 1, value 1,50.
const sla = makeDoc({ sha: 'sla19', paths: ['DISKOMINFO/SLA.pdf'], kind: 'laporan', maps: [{ indicator: 19 }], facts: ['i19-sla', 'i19-sla-proses'] });

function assessed(claims: Record<string, number>, docs = [sla]) {
  const config: Config = {
    ...makeConfig(),
    instrumen: 'pemdi-2026',
    penilaian: { 'pemdi-2026': Object.fromEntries(Object.entries(claims).map(([no, tingkat]) => [no, { tingkat, penjelasan: 'x' }])) },
    target: { bawaan: 2, indikator: {} },
  };
  return assess(makeInput(docs, config, pack));
}

function indicator(claims: Record<string, number>, no: number): IndicatorAssessment {
  return assessed(claims).indicators.find((i) => i.id === no)!;
}

const DOTTED = /\d\.\d/;

describe('findings on decimal claims', () => {
  it('a claim below the target is worded with a comma and names the next whole level and its evidence', () => {
    const [f] = indicator({ '19': 1.25 }, 19).findings.filter((x) => x.rule === 'belowTargetLevel');
    expect(f?.message).toMatch(/diklaim tingkat 1,25, di bawah target tingkat 2\. Untuk naik ke tingkat 2 tambahkan: \S/);
    expect(f?.message).not.toMatch(DOTTED);
  });

  it('the next level is asked only for the items that still lack evidence, never for one already met', () => {
    // Level 1 of I3 complete; the competence map also meets I3-L2-01, so level 2 still needs the rest of its items.
    const lvl1 = makeDoc({
      sha: 'sdm3', paths: ['BKPSDM/SDM.pdf'], kind: 'laporan', maps: [{ indicator: 3 }],
      facts: ['i3-peta-kompetensi', 'i3-aplikasi-dasar', 'i3-komunitas', 'i3-microlearning', 'i3-myasn'],
    });
    const a = assessed({ '3': 1.25 }, [lvl1]).indicators.find((i) => i.id === 3)!;
    const [f] = a.findings.filter((x) => x.rule === 'belowTargetLevel');
    expect(f?.message).toMatch(/Untuk naik ke tingkat 2 tambahkan: .*I3-L2-02/);
    expect(f?.message).not.toMatch(/I3-L2-01/);
  });

  it('a decimal claim the decimal value supports is not "above supported"; one above it is, with both values', () => {
    expect(indicator({ '19': 1.5 }, 19).findings.map((x) => x.rule)).not.toContain('claimedAboveSupported');
    const [f] = indicator({ '19': 1.75 }, 19).findings.filter((x) => x.rule === 'claimedAboveSupported');
    expect(f?.message).toMatch(/diklaim tingkat 1,75, tetapi bukti yang terpetakan baru mendukung tingkat 1 \(nilai 1,50\)\. Untuk tingkat 2 tambahkan: \S/);
  });

  it('a decimal claim without evidence asks for the evidence of the level it lies in', () => {
    const [f] = indicator({ '20': 2.25 }, 20).findings.filter((x) => x.rule === 'levelClaimedWithoutEvidence');
    expect(f?.message).toMatch(/diklaim tingkat 2,25, tetapi belum ada bukti dukung yang diterima\. Tambahkan bukti untuk tingkat 2: \S{3}/);
  });

  it('no finding of a Pemdi assessment with decimal claims prints a dotted decimal', () => {
    const a = assessed({ '19': 1.25, '20': 2.25, '1': 1.75, '3': 3.5 });
    const messages = a.indicators.flatMap((i) => i.findings.map((f) => f.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '')).not.toMatch(/tingkat \d+\.\d|nilai \d+\.\d/);
  });
});

describe('CLI texts of decimal values', () => {
  it('the level analysis (gaps --indikator) prints the claim, the value and the target with a comma', () => {
    const text = levelsText(indicator({ '19': 1.25 }, 19), { color: false });
    expect(text).toContain('Tingkat yang didukung bukti: 1 (nilai 1,50) · klaim: 1,25 · target: 2');
  });

  it('the gaps table prints decimal claims and values with a comma', () => {
    const text = gapsTable(assessed({ '19': 1.25 }), { color: false });
    const row = text.split('\n').find((l) => /^\s*19\s/.test(l));
    expect(row).toMatch(/\b1,25\s+2\s+1,50\s+di-bawah-target/);
  });
});

describe('gaps.csv carries decimal values in the CSV convention', () => {
  it('claim and supported value are decimal numbers with the comma (Pemdi); the fields stay ";"-separated', () => {
    const csv = gapsCsv(assessed({ '19': 1.25 }));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0]!.split(';');
    const row = lines.find((l) => l.startsWith('indikator;19;'))!.split(';');
    expect(header).toHaveLength(CSV_COLUMNS.length);
    expect(row[header.indexOf('tingkat_klaim')]).toBe('1,25');
    expect(row[header.indexOf('tingkat_target')]).toBe('2');
    expect(row[header.indexOf('tingkat_bukti')]).toBe('1,5');
    expect(row[header.indexOf('status')]).toBe('di-bawah-target');
  });

  it('a value is rounded to the two decimals reports show (7/6 of a level is 1,17)', () => {
    // One of the three items of level 1 of I13 met: 1 + 1/3 of the band 1,0–1,5.
    const thirds = makeDoc({ sha: 'i13', paths: ['DISKOMINFO/Aplikasi.pdf'], kind: 'laporan', maps: [{ indicator: 13 }], facts: ['i13-pengembangan'] });
    const a = assessed({}, [sla, thirds]);
    expect(a.indicators.find((i) => i.id === 13)?.levels?.value).toBeCloseTo(7 / 6, 9);
    const row = gapsCsv(a).split('\r\n').find((l) => l.startsWith('indikator;13;'))!.split(';');
    expect(row[CSV_COLUMNS.indexOf('tingkat_bukti')]).toBe('1,17');
  });
});
