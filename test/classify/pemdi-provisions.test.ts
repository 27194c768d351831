import { describe, expect, it } from 'vitest';
import { classifyWithFacts } from '../../src/app/classify-documents.ts';
import { readLevelFacts } from '../../src/classify/level-facts.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import type { DocumentKind } from '../../src/types/classification.ts';
import { SHA, SUKAMAJU, pagesOf } from './helpers.ts';

const pemdi = loadPack('pemdi-2026');
const facts = (text: string, kind: DocumentKind) => readLevelFacts(pemdi.levels, pagesOf(text), pemdi.rules.aliases, kind);
const checks = (text: string, kind: DocumentKind): string[] => facts(text, kind).map((f) => f.check);
const classify = (text: string, path = 'Bag Hukum/peraturan.pdf') => classifyWithFacts({ sha256: SHA, paths: [path], pages: pagesOf(text) }, pemdi, { threshold: 0.5, instansi: SUKAMAJU });
const mapped = (text: string, path?: string): number[] => classify(text, path).mappings.map((m) => m.indicator);

/** A decree forming the coordination team, its task list naming the action plan and the architecture. */
const KEPBUP_TIM = [
  'KEPUTUSAN BUPATI SUKAMAJU NOMOR 100.3.3.2/118/HK/2026 TENTANG TIM KOORDINASI PEMERINTAH DIGITAL',
  'Menimbang: bahwa perlu menetapkan Keputusan Bupati tentang Tim Koordinasi Pemerintah Digital.',
  'MEMUTUSKAN:',
  'KESATU Membentuk Tim Koordinasi Pemerintah Digital Kabupaten Sukamaju, susunan sesuai Lampiran.',
  'KEDUA Tugas Tim: a. menyusun dan mengendalikan Rencana Aksi Pemerintah Digital; b. mengarahkan kolaborasi',
  'antar perangkat daerah; c. memantau pengisian Arsitektur Pemdi di SIAP Digital.',
  'KETIGA Keputusan ini berlaku sejak tanggal ditetapkan.',
  'Ditetapkan di Sukamaju pada tanggal 17 Februari 2026',
  'BUPATI SUKAMAJU,',
].join('\n');

/** A Perbup on running the digital government whose third chapter sets up the team, headings run into the text. */
const PERBUP_PEMDI = [
  'PERATURAN BUPATI SUKAMAJU NOMOR 14 TAHUN 2026 TENTANG PENYELENGGARAAN PEMERINTAH DIGITAL',
  'Menimbang: bahwa untuk melaksanakan Peraturan Presiden Nomor 82 Tahun 2023 perlu menetapkan Peraturan Bupati.',
  'BAB I KETENTUAN UMUM Pasal 1 Dalam Peraturan Bupati ini yang dimaksud dengan: 1. Daerah adalah Kabupaten Sukamaju.',
  'BAB II RUANG LINGKUP Pasal 2 Ruang lingkup: a. tata kelola; b. layanan digital; c. data; d. keamanan.',
  'BAB III TIM KOORDINASI Pasal 6 (1) Untuk mengoordinasikan penyelenggaraan Pemerintah Digital dibentuk Tim',
  'Koordinasi Pemerintah Digital. (2) Tim Koordinasi diketuai Sekretaris Daerah. (3) Tim Koordinasi bertugas: a.',
  'menyusun Rencana Aksi Pemerintah Digital Daerah; b. mengarahkan kolaborasi antar Perangkat Daerah.',
  'BAB IV KETENTUAN PENUTUP Pasal 12 Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.',
  'Ditetapkan di Sukamaju pada tanggal 5 Januari 2026',
  'BUPATI SUKAMAJU,',
].join('\n');

describe("Pemdi items read from a regulation's own provisions", () => {
  it('a task list assigns work: its action plan and collaboration are no plan substance nor collaboration done', () => {
    const found = checks(KEPBUP_TIM, 'keputusan');
    expect(found).not.toContain('i4-rencana-kolaborasi');
    expect(found).not.toContain('i1-siap-digital');
    expect(found).not.toContain('i4-kolaborasi');
    expect(found).toContain('i4-tim-koordinasi');
    // The same lines in a report describe work, and count.
    expect(checks(KEPBUP_TIM, 'laporan')).toContain('i4-rencana-kolaborasi');
    // After the task list ends (the next diktum), a plan named in the decree counts again.
    expect(checks(`${KEPBUP_TIM}\nKEEMPAT Rencana Aksi Pemerintah Digital 2027 tercantum dalam Lampiran II.`, 'keputusan')).toContain('i4-rencana-kolaborasi');
  });

  it('the fact of a decree check is the provision that establishes it, not a mention', () => {
    const tim = facts(PERBUP_PEMDI, 'peraturan').find((f) => f.check === 'i4-tim-koordinasi');
    expect(tim?.established).toBe(true);
    expect(tim?.phrase).toContain('dibentuk Tim');
    const mention = 'KEPUTUSAN BUPATI SUKAMAJU TENTANG STANDAR LAYANAN\nKESATU Standar layanan dilaporkan kepada Tim Koordinasi Pemerintah Digital setiap semester.';
    expect(facts(mention, 'keputusan').find((f) => f.check === 'i4-tim-koordinasi')?.established).toBeUndefined();
  });

  it('a regulation is mapped to what its provisions establish, and nothing else it names', () => {
    expect(mapped(PERBUP_PEMDI)).toEqual([4]);
    const c = classify(PERBUP_PEMDI);
    expect(c.mappings[0]?.reasons.at(-1)?.rule).toBe('ketentuan.i4-tim-koordinasi');
    // A regulation that only cites the team in a provision establishes nothing.
    expect(mapped('PERATURAN BUPATI SUKAMAJU NOMOR 9 TAHUN 2026 TENTANG STANDAR PELAYANAN\nPasal 4 Capaian standar pelayanan dilaporkan kepada Tim Koordinasi Pemerintah Digital.\nDitetapkan di Sukamaju pada tanggal 5 Januari 2026')).toEqual([]);
    // Minutes of the team's meeting establish nothing either.
    expect(classify('NOTULEN RAPAT\nPembentukan Tim Koordinasi Pemerintah Digital dibahas; peserta sepakat.', 'Diskominfo/notulen.pdf').mappings.every((m) => !m.reasons.some((r) => r.rule.startsWith('ketentuan.')))).toBe(true);
  });

  it('an item asking for a decree names its team by its work (I20-L3-03)', () => {
    const kepgub = 'KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM PENGELOLA UMPAN BALIK LAYANAN DIGITAL\nMEMUTUSKAN:\nKESATU Membentuk Tim Pengelola Umpan Balik Layanan Digital.\nDitetapkan di Sukamaju pada tanggal 30 Juni 2026';
    expect(facts(kepgub, 'keputusan').find((f) => f.check === 'i20-tim-teknis')?.established).toBe(true);
    expect(mapped(kepgub)).toContain(20);
  });
});
