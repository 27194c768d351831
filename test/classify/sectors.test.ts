import { describe, expect, it } from 'vitest';
import { classifyDocument, explainClassification } from '../../src/classify/index.ts';
import type { ApplicationNames, Classification, SectorService } from '../../src/types/classification.ts';
import { accepted, candidates, pagesOf, rules, SHA, SUKAMAJU } from './helpers.ts';

const SECTORS: SectorService[] = [
  { indicator: 45, name: 'Perizinan Berusaha', keywords: ['SiCantik', 'perizinan berusaha'] },
  { indicator: 46, name: 'Administrasi Kependudukan', keywords: ['SIDAKEP', 'administrasi kependudukan'] },
  { indicator: 47, name: 'Pajak Daerah', keywords: ['e-Pajak', 'pajak daerah'] },
];

function classifyWith(text: string, path: string, sectors: SectorService[] = SECTORS): Classification {
  return classifyDocument({ sha256: SHA, paths: [path], pages: pagesOf(text) }, rules, { threshold: 0.5, sectors, instansi: SUKAMAJU });
}

const SICANTIK = `SiCantik Sukamaju
https://sicantik.sukamajukab.go.id/permohonan
Dashboard
Verifikasi Permohonan Izin
Permohonan Baru
PRM-2025-08-0412 Persetujuan Bangunan Gedung CV Maju Bersama 18-08-2025 Survei Lapangan`;

describe('sector public services (45–47) from the config', () => {
  it('maps a screenshot whose title names the application, with the keyword as reason', () => {
    const c = classifyWith(SICANTIK, 'DPMPTSP/Layanan Perizinan.png');
    expect(accepted(c)).toEqual([45]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ rule: 'sektor.45.sicantik', phrase: 'SiCantik', place: 'judul', pages: [1] });
  });

  it("reads a keyword's lexicon forms as the keyword (an English title of the sector's service)", () => {
    const sectors: SectorService[] = [{ indicator: 45, name: 'Kesehatan', keywords: ['layanan pengaduan kesehatan'] }];
    const text = 'Complaint Service Kesehatan\nDashboard\nTiket baru\nStatus';
    expect(accepted(classifyWith(text, 'Dinkes/layar.png', sectors))).toContain(45);
  });

  it("the minutes of the sector service's review, titled by its keyword, weigh as any service's review minutes", () => {
    const text = 'PEMERINTAH KABUPATEN SUKAMAJU\nDINAS PENANAMAN MODAL DAN PTSP\nRISALAH RAPAT\nEVALUASI LAYANAN SICANTIK TAHUN 2024\nWaktu : Selasa, 27 Agustus 2024\nPembahasan\n1. Server tidak mampu melayani lonjakan permohonan pada awal bulan.\nKesimpulan\n1. Kapasitas aplikasi perlu ditingkatkan sebelum 2025.';
    expect(accepted(classifyWith(text, 'DPMPTSP/Risalah Evaluasi SiCantik 2024.pdf'))).toEqual([45]);
  });

  it('maps nothing without the sector list (the instrument alone does not know SiCantik)', () => {
    expect(accepted(classifyWith(SICANTIK, 'DPMPTSP/Layanan Perizinan.png', []))).toEqual([]);
  });

  it.each([
    ['OCR digits in capitals', 'S1DAKEP\nAkta Kelahiran\nBeranda\nCetak', 46],
    ['a split word', 'Si Cantik Sukamaju\nDashboard\nPermohonan', 45],
    ['hyphen dropped', 'ePajak Kabupaten Sukamaju\nTagihan PBB\nBeranda', 47],
  ])('tolerates %s', (_, text, indicator) => {
    expect(accepted(classifyWith(text, 'OPD/layar.png'))).toEqual([indicator]);
  });

  it('a screen that only lists the application among others (an API gateway) does not map it', () => {
    const gateway = `Gerbang API Kabupaten Sukamaju
Beranda
Daftar API
Riwayat permintaan tujuh hari terakhir untuk semua layanan yang terdaftar pada gerbang ini
Verifikasi NIK
Konsumen
SiCantik
SIMPEG
Logout`;
    const c = classifyWith(gateway, 'Diskominfo/gateway.png');
    expect(c.kind).toBe('tangkapan-layar');
    expect(accepted(c)).toEqual([18]);
    // The same holds for the instrument's own application names (SIMPEG → 36): sectors are treated alike.
    expect(accepted(classifyWith(gateway, 'Diskominfo/gateway.png', []))).toEqual([18]);
  });

  it('maps a user manual titled with the application', () => {
    const manual = 'PANDUAN PENGGUNA\nAPLIKASI SIDAKEP\nDinas Kependudukan dan Pencatatan Sipil\nBAB I MASUK KE APLIKASI\nPengguna memasukkan NIK dan kata sandi.';
    expect(accepted(classifyWith(manual, 'Disdukcapil/manual.pdf'))).toEqual([46]);
  });

  it('a passing mention in the body of a report is no evidence for the sector', () => {
    const report = `LAPORAN PENGELOLAAN PENGADUAN
SEMESTER I TAHUN 2025
BAB I REKAPITULASI
Selama semester I diterima 1.046 laporan dari masyarakat melalui berbagai kanal pengaduan.
Kategori terbanyak adalah infrastruktur, disusul administrasi kependudukan dan pendidikan.`;
    expect(accepted(classifyWith(report, 'Diskominfo/laporan.pdf'))).not.toContain(46);
  });

  it('a regulation on the sector is not evidence for the service (kept as a candidate)', () => {
    const perda = 'PERATURAN BUPATI SUKAMAJU\nNOMOR 3 TAHUN 2024\nTENTANG\nTATA CARA PEMUNGUTAN PAJAK DAERAH\nPasal 1\nPajak daerah dipungut oleh Badan Pendapatan Daerah.';
    const c = classifyWith(perda, 'BPKAD/perbup.pdf');
    expect(accepted(c)).not.toContain(47);
    expect(candidates(c)).toContain(47);
  });

  it('ignores sectors for indicators the instrument does not have and empty keywords', () => {
    const c = classifyWith(SICANTIK, 'DPMPTSP/layar.png', [{ indicator: 99, name: 'Lain', keywords: ['SiCantik'] }, { indicator: 45, name: 'Kosong', keywords: [' '] }]);
    expect(accepted(c)).toEqual([]);
  });

  it('explains the sector keyword in Indonesian', () => {
    const lines = explainClassification(classifyWith(SICANTIK, 'DPMPTSP/layar.png'), { 45: 'Layanan Publik Sektor 1' });
    expect(lines[1]).toMatch(/^Penerbit: /);
    expect(lines[2]).toMatch(/^Indikator 45 \(Layanan Publik Sektor 1\): skor 0,\d\d \(\w+\), sumber isi dokumen — kata kunci layanan sektor 'SiCantik' di judul hal\. 1/);
  });
});

describe("the workspace's own application names (config `aplikasi`)", () => {
  const APPS: ApplicationNames[] = [
    { indicator: 34, names: ['SIMPATIK'] },
    { indicator: 41, names: ['e-Ngantor', 'SIKAP'] },
  ];
  const classifyApps = (text: string, path: string, applications: ApplicationNames[] = APPS): Classification =>
    classifyDocument({ sha256: SHA, paths: [path], pages: pagesOf(text) }, rules, { threshold: 0.5, applications, instansi: SUKAMAJU });

  const SCREEN = 'SIMPATIK - Pengaturan Integrasi\nSP2D yang terbit dikirim otomatis ke bank RKUD melalui API.\nStatus sinkronisasi terakhir: Berhasil (15/10/2025 02:00)';
  const MINUTES = `PEMERINTAH KABUPATEN SUKAMAJU
NOTULEN RAPAT
MONITORING DAN EVALUASI E-NGANTOR SEMESTER I TAHUN 2025
Hari/Tanggal: Kamis, 3 Juli 2025
Pembahasan:
1. Pengguna meminta akses melalui perangkat seluler.
Kesimpulan: tampilan seluler dimasukkan dalam rencana pengembangan.`;

  it('maps a screen headed by the name to its indicator, as the pack maps its own application names', () => {
    const c = classifyApps(SCREEN, 'BPKAD/layar integrasi.png');
    expect(accepted(c)).toEqual([34]);
    expect(c.mappings[0]?.reasons[0]).toMatchObject({ rule: 'aplikasi.34.simpatik', phrase: 'SIMPATIK', place: 'judul', pages: [1] });
    // Without the list the acronym names nothing the pack knows.
    expect(accepted(classifyApps(SCREEN, 'BPKAD/layar integrasi.png', []))).not.toContain(34);
  });

  it('weighs minutes titled with the name like minutes titled with a heavy service phrase of the pack', () => {
    const own = classifyApps(MINUTES, 'BKPSDM/notulen monev.pdf');
    const pack = classifyApps(MINUTES.replace('E-NGANTOR', 'E-KINERJA'), 'BKPSDM/notulen monev.pdf', []);
    expect(accepted(own)).toEqual([41]);
    expect(accepted(pack)).toEqual([41]);
    expect(own.mappings[0]?.score).toBe(pack.mappings[0]?.score);
  });

  it('a name only in the body of minutes on something else is no evidence for the indicator', () => {
    const other = `NOTULEN RAPAT
PEMBAHASAN RENCANA KERJA SEKRETARIAT TAHUN 2026
Pembahasan:
1. Absensi pegawai masih dicatat di e-Ngantor dan di buku.
2. Rapat berikutnya membahas pengadaan kursi.`;
    expect(accepted(classifyApps(other, 'SETDA/notulen.pdf'))).not.toContain(41);
  });

  it('ignores names for indicators the instrument does not have', () => {
    expect(accepted(classifyApps(SCREEN, 'BPKAD/layar.png', [{ indicator: 99, names: ['SIMPATIK'] }]))).toEqual([]);
  });

  it('explains that the name came from the workspace config', () => {
    const lines = explainClassification(classifyApps(SCREEN, 'BPKAD/layar.png'), { 34: 'Layanan Keuangan' });
    expect(lines.join('\n')).toMatch(/Indikator 34 \(Layanan Keuangan\): skor 0,\d\d \(\w+\), sumber isi dokumen — nama aplikasi dari konfigurasi 'SIMPATIK' di judul hal\. 1/);
  });
});
