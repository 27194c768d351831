/**
 * The pemdi-2026 lexicon: documents that name a Pemdi concept by another form (an SPBE-era name, an English or
 * national-application term) map through the rule phrase that holds the concept, and explain says which padanan.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { pagesOf, SUKAMAJU } from './helpers.ts';

const rules = loadPack('pemdi-2026').rules;

function mapped(path: string, text: string): { indicators: number[]; phrases: string[] } {
  const c = classifyDocument({ sha256: 'c'.repeat(64), paths: [path], pages: pagesOf(text) }, rules, { threshold: 0.5, instansi: SUKAMAJU });
  return { indicators: c.mappings.map((m) => m.indicator), phrases: c.mappings.flatMap((m) => m.reasons.map((r) => r.phrase)) };
}

const CASES: Array<[number, string, string, string]> = [
  [4, 'Setda/SK Tim.pdf', 'KEPUTUSAN BUPATI SUKAMAJU\nTENTANG\nTIM KOORDINASI SPBE KABUPATEN SUKAMAJU\nSusunan keanggotaan Tim Koordinasi SPBE.', 'tim koordinasi SPBE'],
  [16, 'Diskominfo/GSB.pdf', 'LAPORAN PEMANFAATAN GOVERNMENT SERVICE BUS\nPertukaran data antar aplikasi perangkat daerah Kabupaten Sukamaju.', 'government service bus'],
  [11, 'Diskominfo/TTE.pdf', 'LAPORAN PENERAPAN CRYPTOGRAPHY PADA LAYANAN\nPemanfaatan digital certificate dan tanda tangan digital pada naskah dinas.', 'cryptography'],
  [13, 'Diskominfo/Aplikasi/Nota Dinas.pdf', 'NOTA DINAS\nHal: Penghentian Operasional Aplikasi SIMBADA Versi Lama\nAplikasi dinonaktifkan setelah migrasi data ke SIPD; basis data lama diarsipkan.', 'penghentian operasional aplikasi'],
  [13, 'Diskominfo/Aplikasi/Repo.pdf', 'DAFTAR GIT REPOSITORY APLIKASI PEMERINTAH KABUPATEN SUKAMAJU\nRiwayat commit dan dokumentasi API setiap aplikasi.', 'git repository'],
  [
    1,
    'Bappeda/Rancangan.docx',
    'RANCANGAN AWAL RENCANA KERJA PERANGKAT DAERAH TAHUN 2027\nProgram diturunkan dari Peta Rencana SPBE yang diselaraskan dengan Rencana Aksi Nasional Pemerintah Digital.\nProgram | Keterkaitan Rencana Aksi Nasional Pemerintah Digital | Pagu\nLayanan digital terpadu | Layanan Digital Pemerintah | Rp 1.100.000.000',
    'rencana kerja perangkat daerah',
  ],
  [12, 'Diskominfo/CSIRT.pdf', 'LAPORAN KEGIATAN COMPUTER SECURITY INCIDENT RESPONSE TEAM\nKabupaten Sukamaju tahun 2026: penanganan cyber incident pada layanan.', 'computer security incident response team'],
];

describe('pemdi-2026 lexicon', () => {
  it.each(CASES)('maps indicator %i through a padanan (%s)', (no, path, text, form) => {
    const result = mapped(path, text);
    expect(result.indicators).toContain(no);
    expect(result.phrases.some((p) => p.toLowerCase().includes(form.toLowerCase()) && p.includes('padanan'))).toBe(true);
  });

  it('maps a kota\'s Peta Rencana SPBE to indicator 1 (it carries over to the RAN Pemdi substance)', () => {
    const result = mapped('Diskominfo/Peta Rencana.pdf', 'PETA RENCANA SPBE KABUPATEN SUKAMAJU 2025-2029\nProgram dan kegiatan pengembangan layanan digital setiap tahun.');
    expect(result.indicators).toContain(1);
  });

  it('does not map a satisfaction survey of face-to-face counters to 20 (the indicator asks about digital services), but maps one of online services', () => {
    const text = 'LAPORAN SURVEI KEPUASAN MASYARAKAT\nPELAYANAN TATAP MUKA DI KANTOR KECAMATAN\nKuesioner kertas diisi warga setelah dilayani di loket.';
    const c = classifyDocument({ sha256: 'c'.repeat(64), paths: ['Bag Organisasi/SKM.pdf'], pages: pagesOf(text) }, rules, { threshold: 0.5, instansi: SUKAMAJU });
    expect(c.mappings.map((m) => m.indicator)).not.toContain(20);
    const online = mapped('Bag Organisasi/SKM Daring.pdf', 'LAPORAN SURVEI KEPUASAN MASYARAKAT\nLAYANAN DARING KABUPATEN SUKAMAJU\nKuesioner diisi pada portal setelah permohonan selesai.');
    expect(online.indicators).toContain(20);
  });

  it('maps a letter reporting a ransomware attack sent to BSSN\'s aduan siber to indicator 12', () => {
    const result = mapped('Diskominfo/Persandian/Laporan.pdf', 'LAPORAN PENANGANAN SERANGAN RANSOMWARE PADA SERVER SIMPEG\nServer diisolasi; laporan disampaikan ke BSSN melalui aduan siber; layanan dipulihkan dari cadangan.');
    expect(result.indicators).toContain(12);
  });

  it('maps an English security operations center report of the incidents handled to indicator 12', () => {
    const text = 'SECURITY OPERATIONS CENTER MONTHLY REPORT OCTOBER 2026\nCustomer: Pemerintah Kabupaten Sukamaju\nThe SOC triaged 1,942 alerts; 6 were confirmed security incidents, contained and coordinated with the CSIRT.';
    const result = mapped('Diskominfo/Persandian/SOC Report.pdf', text);
    expect(result.indicators).toContain(12);
    expect(result.phrases.some((p) => p.toLowerCase().includes('security operations center'))).toBe(true);
  });

  it('has the concepts the substitutions name, and every concept has at least two forms', () => {
    const concepts = rules.lexicon.concepts;
    for (const form of ['Indeks KAMI', 'IKASANDI', 'SIAP Digital', 'SLA', 'arsitektur SPBE', 'Satu Data Indonesia', 'SPLP', 'TTE']) {
      expect(concepts.some((c) => c.includes(form)), form).toBe(true);
    }
    expect(concepts.every((c) => c.length >= 2)).toBe(true);
  });
});
