/** The subject a regulation states in its considerations (src/classify/considerations.ts) and how the classifier uses it. */
import { describe, expect, it } from 'vitest';
import { considerationSubjects } from '../../src/classify/considerations.ts';
import { buildDocModel } from '../../src/classify/document.ts';
import { accepted, classify, rules } from './helpers.ts';

function subjects(text: string): string[] {
  return considerationSubjects(buildDocModel([{ no: 1, text }], rules.aliases));
}

const AMENDMENT = `PERATURAN BUPATI SUKAMAJU
NOMOR 11 TAHUN 2025
TENTANG
PERUBAHAN ATAS PERATURAN BUPATI SUKAMAJU NOMOR 7 TAHUN 2022
BUPATI SUKAMAJU,
Menimbang : a. bahwa untuk mencegah duplikasi fungsi aplikasi perlu menyesuaikan tata cara pengajuan aplikasi;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati tentang Perubahan atas Peraturan Bupati Sukamaju Nomor 7 Tahun 2022 tentang Pembangunan dan Pengembangan Aplikasi;
Mengingat : 1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
Pasal I
Perangkat Daerah yang akan membangun aplikasi mengajukan rencana kepada Dinas Komunikasi dan Informatika.
Ditetapkan di Sukamaju pada tanggal 3 Juni 2025`;

describe('considerationSubjects', () => {
  it('reads what each consideration says is needed, after the name of the act', () => {
    expect(subjects(AMENDMENT)).toEqual(['Pembangunan dan Pengembangan Aplikasi']);
  });

  it('reads a need stated without the name of an act', () => {
    const text = 'KEPUTUSAN BUPATI SUKAMAJU\nTENTANG\nPEMBENTUKAN TIM\nMenimbang : bahwa dalam rangka keterpaduan pemerintahan digital, perlu membentuk tim koordinasi pemerintah digital;\nMEMUTUSKAN :';
    expect(subjects(text)).toEqual(['tim koordinasi pemerintah digital']);
  });

  it('stops at the legal basis and finds nothing without considerations', () => {
    expect(subjects(AMENDMENT).join(' ')).not.toMatch(/Presiden/);
    expect(subjects('LAPORAN KEGIATAN\nPerlu menetapkan jadwal rapat berikutnya.')).toEqual([]);
  });
});

describe('a regulation whose title names no indicator', () => {
  it('is mapped to the subject its considerations name', () => {
    const c = classify(AMENDMENT);
    expect(c.kind).toBe('peraturan');
    expect(accepted(c)).toEqual([4]);
  });

  it('a generic title whose considerations are off topic stays no evidence', () => {
    const text = AMENDMENT.replace(/Pembangunan dan Pengembangan Aplikasi/, 'Retribusi Pelayanan Parkir di Tepi Jalan Umum')
      .replace(/mencegah duplikasi fungsi aplikasi perlu menyesuaikan tata cara pengajuan aplikasi/, 'ketertiban parkir perlu menyesuaikan tarif')
      .replace(/Perangkat Daerah yang akan membangun aplikasi mengajukan rencana kepada Dinas Komunikasi dan Informatika\./, 'Tarif parkir mobil Rp4.000 sekali parkir.');
    expect(accepted(classify(text))).toEqual([]);
  });

  it('a title that names an indicator is read as it is, whatever the considerations mention', () => {
    const text = `PERATURAN BUPATI SUKAMAJU
NOMOR 4 TAHUN 2025
TENTANG
PENYELENGGARAAN PUSAT DATA DAERAH
Menimbang : bahwa untuk keamanan data perlu menetapkan Peraturan Bupati tentang Penyelenggaraan Pusat Data Daerah dan manajemen keamanan informasi;
Pasal 2
Seluruh aplikasi Perangkat Daerah ditempatkan pada pusat data daerah.
Ditetapkan di Sukamaju pada tanggal 20 Mei 2025`;
    expect(accepted(classify(text))).toEqual([5]);
  });
});
