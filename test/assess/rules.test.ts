import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PROBLEMS, docProblemClause } from '../../src/shared/vocabulary.ts';
import { assess } from '../../src/assess/assess.ts';
import { ALL_RULES } from '../../src/assess/findings.ts';
import { allFindings, cellOnlyFindings } from '../../src/assess/summary.ts';
import type { Assessment, Finding } from '../../src/types/assessment.ts';
import { loadPack, type InstrumentPack } from '../../src/instrument/registry.ts';
import { ARSITEKTUR_DOMAINS, makeConfig, makeDoc, makeInput, SPBE_PACK, type ConfigOverrides, type DocSpec } from './fixtures.ts';

const PEMDI = loadPack('pemdi-2026');

function run(docs: DocSpec[], overrides: ConfigOverrides = {}, pack: InstrumentPack = SPBE_PACK): Assessment {
  return assess(makeInput(docs.map(makeDoc), makeConfig(overrides), pack));
}

function everyFinding(a: Assessment): Finding[] {
  return [...allFindings(a), ...cellOnlyFindings(a)];
}

const fullPolicy: DocSpec = {
  sha: 'p1',
  paths: ['DISKOMINFO/Perbup 12 2023 Arsitektur SPBE.pdf'],
  kind: 'peraturan',
  enacted: true,
  date: '2023-03-12',
  maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS }],
};
const cited = { '1': { tingkat: 3, penjelasan: 'Diatur dalam Perbup 12 2023 Arsitektur SPBE (perbup_12_2023_arsitektur_spbe.pdf).' } };

interface Case {
  rule: string;
  severity: Finding['severity'];
  fires: { docs: DocSpec[]; config?: ConfigOverrides; indicator: number | null; message: RegExp };
  silent: { docs: DocSpec[]; config?: ConfigOverrides };
  /** The pack the case runs on (spbe-2020 unless given). */
  pack?: InstrumentPack;
}

const KAMI: DocSpec = {
  sha: 'k1',
  paths: ['DISKOMINFO/Indeks KAMI 2023.pdf'],
  kind: 'laporan',
  maps: [{ indicator: 10 }],
  facts: ['ganti-indeks-kami-keamanan-ditawarkan'],
};

const cases: Case[] = [
  {
    rule: 'rejectedSubstitution',
    severity: 'warning',
    pack: PEMDI,
    fires: { docs: [KAMI], indicator: 10, message: /"watch\/DISKOMINFO\/Indeks KAMI 2023\.pdf" \(OPD DISKOMINFO\) untuk butir I10-L1-01.*Asesor menolak pengganti ini: .*Unggah sebagai gantinya: hasil penilaian IKASANDI.*\[SECONDARY/ },
    silent: { docs: [{ ...KAMI, facts: ['ganti-indeks-kami-keamanan-ditawarkan', 'ganti-indeks-kami-keamanan-diminta'] }] },
  },
  {
    rule: 'indicatorNoEvidence',
    severity: 'error',
    fires: { docs: [], config: { penanggungJawab: { '2': ['DISKOMINFO'] } }, indicator: 2, message: /belum memiliki bukti dukung\. Untuk tingkat 3 \(target\) tambahkan: .*Penanggung jawab: Dinas Komunikasi dan Informatika \(DISKOMINFO\) di watch\/DISKOMINFO\// },
    silent: { docs: [{ ...fullPolicy, maps: [{ indicator: 2 }] }] },
  },
  {
    rule: 'levelClaimedWithoutEvidence',
    severity: 'error',
    fires: { docs: [], config: { penilaian: { '2': { tingkat: 4 } } }, indicator: 2, message: /diklaim tingkat 4, tetapi belum ada bukti.*Tambahkan bukti untuk tingkat 4: .*Peta Rencana/ },
    silent: { docs: [{ ...fullPolicy, maps: [{ indicator: 2 }] }], config: { penilaian: { '2': { tingkat: 4 } } } },
  },
  {
    rule: 'claimedAboveSupported',
    severity: 'error',
    fires: {
      docs: [{ ...fullPolicy, maps: [{ indicator: 1, phrases: ['Proses Bisnis'] }] }],
      config: { penilaian: { '1': { tingkat: 4, penjelasan: 'x' } } },
      indicator: 1,
      message: /diklaim tingkat 4, tetapi bukti yang terpetakan baru mendukung tingkat 2\. Untuk tingkat 3 tambahkan: kebijakan yang memuat referensi dan seluruh domain Arsitektur SPBE\. Setelah itu lengkapi bukti sampai tingkat 4\./,
    },
    silent: { docs: [fullPolicy], config: { penilaian: cited } },
  },
  {
    rule: 'onlyLowConfidence',
    severity: 'warning',
    fires: {
      docs: [{ sha: 'q1', paths: ['SETDA/Notulen rapat.pdf'], kind: 'notulen', candidates: [{ indicator: 20, score: 0.35 }] }],
      indicator: 20,
      message: /hanya punya kandidat bukti berskor rendah: "watch\/SETDA\/Notulen rapat\.pdf" \(OPD SETDA\) skor 0,35\. Tinjau/,
    },
    silent: { docs: [{ sha: 'q1', paths: ['SETDA/Notulen rapat.pdf'], kind: 'notulen', maps: [{ indicator: 20 }], candidates: [{ indicator: 20 }] }] },
  },
  {
    rule: 'evidenceUnreadable',
    severity: 'error',
    fires: { docs: [{ sha: 'u1', paths: ['SETDA/scan.pdf'], status: 'no-text', unclassified: true }], indicator: null, message: /"watch\/SETDA\/scan\.pdf" \(OPD SETDA\) tidak dapat dipakai sebagai bukti: tidak ada teks .*Pindai ulang/ },
    silent: { docs: [{ sha: 'u1', paths: ['SETDA/scan.pdf'], status: 'corrupt', removed: ['SETDA/scan.pdf'], unclassified: true }] },
  },
  {
    rule: 'evidenceEncrypted',
    severity: 'warning',
    fires: { docs: [{ sha: 'e1', paths: ['BKPSDM/SK terkunci.pdf'], status: 'needs-password', unclassified: true }], indicator: null, message: /"watch\/BKPSDM\/SK terkunci\.pdf" \(OPD BKPSDM\) dilindungi kata sandi.*simpan ulang tanpa kata sandi/ },
    silent: { docs: [{ ...fullPolicy, sha: 'e2' }] },
  },
  {
    rule: 'evidencePending',
    severity: 'info',
    fires: { docs: [{ sha: 'w1', paths: ['SETDA/baru.pdf'], status: 'pending', unclassified: true }], indicator: null, message: /belum selesai diproses\. Jalankan "eviden scan"/ },
    silent: { docs: [{ sha: 'w1', paths: ['SETDA/baru.pdf'], status: 'ok', unclassified: true }] },
  },
  {
    rule: 'evidenceExpired',
    severity: 'warning',
    fires: {
      docs: [fullPolicy, { sha: 'x1', paths: ['DISKOMINFO/Notulen Reviu 2021.pdf'], kind: 'notulen', date: '2021-08-17', maps: [{ indicator: 1 }] }],
      indicator: 1,
      message: /Reviu\/evaluasi "watch\/DISKOMINFO\/Notulen Reviu 2021\.pdf" \(OPD DISKOMINFO\) bertanggal 17 Agustus 2021, lebih dari 2 tahun sebelum 1 Desember 2025.*tingkat 4/,
    },
    silent: {
      docs: [
        fullPolicy,
        { sha: 'x1', paths: ['DISKOMINFO/Notulen Reviu 2021.pdf'], kind: 'notulen', date: '2021-08-17', maps: [{ indicator: 1 }] },
        { sha: 'x2', paths: ['DISKOMINFO/Notulen Reviu 2025.pdf'], kind: 'notulen', date: '2025-08-17', maps: [{ indicator: 1 }] },
      ],
    },
  },
  {
    rule: 'evidenceRemoved',
    severity: 'info',
    fires: { docs: [{ ...fullPolicy, removed: [fullPolicy.paths[0] ?? ''] }], indicator: null, message: /sudah dihapus dari folder bersama sejak 15 November 2025, tetapi salinan arsipnya tetap dipakai sebagai bukti indikator 1/ },
    silent: { docs: [{ ...fullPolicy, paths: [...fullPolicy.paths, 'SETDA/salinan.pdf'], removed: [fullPolicy.paths[0] ?? ''] }] },
  },
  {
    rule: 'possiblyMisfiled',
    severity: 'warning',
    fires: {
      docs: [{ ...fullPolicy, maps: [{ indicator: 1, phrases: ARSITEKTUR_DOMAINS, possiblyMisfiled: true }], candidates: [{ indicator: 2, place: 'path', phrases: ['02'] }] }],
      indicator: 1,
      message: /menurut isinya bukti indikator 1 .*menunjuk indikator 2\./,
    },
    silent: { docs: [fullPolicy] },
  },
  {
    rule: 'duplicateEvidence',
    severity: 'info',
    fires: { docs: [{ ...fullPolicy, paths: ['DISKOMINFO/a.pdf', 'SETDA/b.pdf'] }], indicator: null, message: /Isi yang sama ada di 2 lokasi: "watch\/DISKOMINFO\/a\.pdf" \(OPD DISKOMINFO\) dan "watch\/SETDA\/b\.pdf" \(OPD SETDA\)/ },
    silent: { docs: [{ ...fullPolicy, paths: ['DISKOMINFO/a.pdf', 'SETDA/b.pdf'], removed: ['SETDA/b.pdf'] }] },
  },
  {
    rule: 'unknownOpdFolder',
    severity: 'warning',
    fires: { docs: [{ ...fullPolicy, paths: ['Dinkes/SK.pdf'] }], indicator: null, message: /Folder "watch\/Dinkes\/" tidak cocok dengan OPD mana pun .*Tambahkan OPD dengan folder: "Dinkes"/ },
    silent: { docs: [fullPolicy] },
  },
  {
    rule: 'serviceLoginOnly',
    severity: 'warning',
    fires: { docs: [{ sha: 's1', paths: ['BKPSDM/login simpeg.png'], kind: 'tangkapan-layar', loginOnly: true, maps: [{ indicator: 36 }] }], indicator: 36, message: /hanya didukung tangkapan layar halaman login \("login simpeg\.png"\).*Tambahkan tangkapan layar fitur setelah masuk/ },
    silent: {
      docs: [
        { sha: 's1', paths: ['BKPSDM/login simpeg.png'], kind: 'tangkapan-layar', loginOnly: true, maps: [{ indicator: 36 }] },
        { sha: 's2', paths: ['BKPSDM/unggah berkas.png'], kind: 'tangkapan-layar', maps: [{ indicator: 36 }] },
      ],
    },
  },
  {
    rule: 'belowTargetLevel',
    severity: 'info',
    fires: { docs: [fullPolicy], config: { penilaian: { '1': { tingkat: 2, penjelasan: 'x' } } }, indicator: 1, message: /diklaim tingkat 2, di bawah target tingkat 3\. Untuk naik ke tingkat 3 tambahkan:/ },
    silent: { docs: [fullPolicy], config: { penilaian: cited } },
  },
  {
    rule: 'missingPenjelasan',
    severity: 'info',
    fires: { docs: [fullPolicy], config: { penilaian: { '1': { tingkat: 3 } } }, indicator: 1, message: /Penjelasan indikator 1 .* masih kosong\. Isi penilaian\."1"\.penjelasan/ },
    silent: { docs: [fullPolicy], config: { penilaian: cited } },
  },
  {
    rule: 'evidenceNotCited',
    severity: 'info',
    fires: { docs: [fullPolicy], config: { penilaian: { '1': { tingkat: 3, penjelasan: 'Diatur dalam Peraturan Bupati.' } } }, indicator: 1, message: /Sebut "Perbup 12 2023 Arsitektur SPBE\.pdf" di bagian fakta penjelasan/ },
    silent: { docs: [fullPolicy], config: { penilaian: cited } },
  },
  {
    rule: 'citedFileProblem',
    severity: 'warning',
    fires: {
      docs: [fullPolicy],
      config: { penilaian: { '1': { tingkat: 3, penjelasan: 'Diatur dalam "Perbup 12 2023 Arsitektur SPBE.pdf" dan "Lampiran Arsitektur.pdf".' } } },
      indicator: 1,
      message: /menyebut berkas "Lampiran Arsitektur\.pdf", tetapi berkas itu tidak ada di watch\//,
    },
    silent: { docs: [fullPolicy], config: { penilaian: cited } },
  },
  {
    rule: 'opdNoEvidence',
    severity: 'warning',
    fires: { docs: [fullPolicy], config: { penanggungJawab: { '1': ['DISKOMINFO', 'SETDA'] } }, indicator: 1, message: /OPD Sekretariat Daerah \(SETDA\) belum menyerahkan bukti .* datang dari Dinas Komunikasi dan Informatika \(DISKOMINFO\) \(1 berkas\)/ },
    silent: { docs: [fullPolicy], config: { penanggungJawab: { '1': ['DISKOMINFO'] } } },
  },
];

describe('citedFileProblem', () => {
  const penjelasan = (text: string): ConfigOverrides => ({ penilaian: { '1': { tingkat: 3, penjelasan: text } } });
  const problems = (docs: DocSpec[], text: string): Finding[] =>
    everyFinding(run(docs, penjelasan(text))).filter((f) => f.rule === 'citedFileProblem');

  it('flags a cited file that cannot be read, naming the file and what to do', () => {
    const locked: DocSpec = { sha: 'k1', paths: ['DISKOMINFO/SK_Tim_Terkunci.pdf'], status: 'needs-password', unclassified: true };
    const [f, ...rest] = problems([fullPolicy, locked], 'FAKTA: Perbup 12 2023 Arsitektur SPBE dan SK_Tim_Terkunci.pdf.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ indicator: 1, sha256: 'k1'.padEnd(64, '0'), path: 'DISKOMINFO/SK_Tim_Terkunci.pdf' });
    // The vocabulary's words for the status, as the lampiran and the gap report say them.
    const { what, todo } = DOC_PROBLEMS['needs-password'];
    expect(f?.message).toContain(`tetapi ${what}. ${todo}`);
    expect(docProblemClause('needs-password')).toBe('berkas dilindungi kata sandi pembuka; minta OPD mengirim salinan tanpa kata sandi (mis. Cetak → Simpan sebagai PDF)');
  });

  it('flags a readable cited file that is not mapped to the indicator, with the map command', () => {
    const other: DocSpec = { ...fullPolicy, sha: 'o1', paths: ['SETDA/Notulen Rapat SPBE.pdf'], maps: [{ indicator: 10 }] };
    const [f] = problems([fullPolicy, other], 'Lihat "Notulen Rapat SPBE.pdf" dan Perbup 12 2023 Arsitektur SPBE.');
    expect(f?.message).toMatch(/tidak dipetakan ke indikator ini\. Terima pemetaannya di dasbor atau dengan eviden map "Notulen Rapat SPBE\.pdf" --add 1/);
  });

  it('matches names loosely, and a bare word may be the end of a longer name written without quotes', () => {
    expect(problems([fullPolicy], 'Berkas perbup_12_2023_arsitektur_spbe.PDF terlampir.')).toEqual([]);
    expect(problems([fullPolicy], 'Berkas Perbup 12 2023 Arsitektur SPBE.pdf terlampir.')).toEqual([]);
    expect(problems([fullPolicy], 'Tanpa nama berkas sama sekali.')).toEqual([]);
  });
});

describe('finding rules', () => {
  it('the table covers every rule', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  it('docs/rules.md documents every rule with its severity, and no other', () => {
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `(\w+)` \| (error|warning|info) \|/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(rows.sort()).toEqual(ALL_RULES.map((r) => `${r.id}:${r.severity}`).sort());
    for (const r of ALL_RULES) expect(doc).toContain(`### \`${r.id}\` (${r.severity}`);
  });

  describe.each(cases)('$rule', ({ rule, severity, fires, silent, pack }) => {
    it('fires with its severity, place and an actionable message', () => {
      const found = everyFinding(run(fires.docs, fires.config, pack)).filter(
        (f) => f.rule === rule && (fires.indicator === null || f.indicator === fires.indicator),
      );
      expect(found).toHaveLength(1);
      const f = found[0];
      expect(f?.severity).toBe(severity);
      expect(f?.indicator).toBe(fires.indicator);
      expect(f?.message).toMatch(fires.message);
    });
    it('stays silent when the condition does not hold', () => {
      const found = everyFinding(run(silent.docs, silent.config, pack)).filter(
        (f) => f.rule === rule && (fires.indicator === null || f.indicator === fires.indicator),
      );
      expect(found).toEqual([]);
    });
  });
});

describe('rule interplay', () => {
  it('a claimed empty indicator gets levelClaimedWithoutEvidence, not also indicatorNoEvidence', () => {
    const rules = run([], { penilaian: { '3': { tingkat: 2 } } })
      .indicators.find((i) => i.id === 3)
      ?.findings.map((f) => f.rule);
    expect(rules).toContain('levelClaimedWithoutEvidence');
    expect(rules).not.toContain('indicatorNoEvidence');
  });

  it('only candidates: onlyLowConfidence instead of indicatorNoEvidence, and the candidates are listed', () => {
    const a = run([{ sha: 'q1', paths: ['SETDA/x.pdf'], kind: 'notulen', candidates: [{ indicator: 20 }] }]);
    const ind = a.indicators.find((i) => i.id === 20);
    expect(ind?.findings.map((f) => f.rule)).toEqual(['onlyLowConfidence']);
    expect(ind?.candidates.map((c) => c.path)).toEqual(['SETDA/x.pdf']);
    expect(ind?.status).toBe('kosong');
  });

  it('evidence in a folder of no OPD still counts for the indicator', () => {
    const a = run([{ ...fullPolicy, paths: ['Dinkes/Perbup.pdf'] }]);
    const ind = a.indicators.find((i) => i.id === 1);
    expect(ind?.supportedLevel).toBe(3);
    expect(ind?.documents[0]?.opd).toBeNull();
  });

  it('removed files keep counting; content replaced at its path does not', () => {
    const removed = run([{ ...fullPolicy, removed: [fullPolicy.paths[0] ?? ''] }]).indicators.find((i) => i.id === 1);
    expect(removed?.supportedLevel).toBe(3);
    const replaced = run([{ ...fullPolicy, replaced: [fullPolicy.paths[0] ?? ''] }]);
    expect(replaced.indicators.find((i) => i.id === 1)?.documents).toEqual([]);
    expect(everyFinding(replaced).filter((f) => f.rule === 'evidenceRemoved')).toEqual([]);
  });

  it('unreadable documents never count as evidence, even when mapped', () => {
    const a = run([{ ...fullPolicy, status: 'corrupt' }]);
    expect(a.indicators.find((i) => i.id === 1)?.status).toBe('kosong');
    expect(a.findings.map((f) => f.rule)).toContain('evidenceUnreadable');
  });

  it('files directly in watch/ get their own unknownOpdFolder message', () => {
    const a = run([{ ...fullPolicy, paths: ['lepas.pdf'] }]);
    const f = a.findings.find((x) => x.rule === 'unknownOpdFolder');
    expect(f?.message).toMatch(/1 berkas ada langsung di "watch\/" tanpa folder OPD \("lepas\.pdf"\)/);
  });

  it('evidenceNotCited matches file names loosely (case, separators, extension)', () => {
    const a = run([fullPolicy], { penilaian: { '1': { tingkat: 3, penjelasan: 'Lihat PERBUP-12-2023-ARSITEKTUR-SPBE.' } } });
    expect(everyFinding(a).filter((f) => f.rule === 'evidenceNotCited')).toEqual([]);
  });
});
