/**
 * Whom a Surat Edaran or Instruksi of the head of region is addressed to: a direction to every Perangkat Daerah
 * counts for the management indicators (21, 24-28); one addressed to a named unit directs that unit only.
 */
import { describe, expect, it } from 'vitest';
import { addresseeOf } from '../../src/classify/addressee.ts';
import { buildDocModel } from '../../src/classify/document.ts';
import { accepted, classify, pagesOf, rules } from './helpers.ts';

const instruksi = (kepada: string): string => `BUPATI SUKAMAJU
INSTRUKSI BUPATI SUKAMAJU
NOMOR 6 TAHUN 2025
TENTANG
INVENTARISASI DAN PEMELIHARAAN ASET TEKNOLOGI INFORMASI DAN KOMUNIKASI
Dengan ini menginstruksikan:
Kepada : ${kepada}
Untuk :
KESATU : Mendata seluruh perangkat keras, perangkat lunak dan aplikasi dalam daftar aset TIK.
KEDUA : Melaporkan pemutakhiran daftar aset TIK kepada Dinas Komunikasi dan Informatika setiap semester.
KETIGA : Menyusun jadwal pemeliharaan dan penghapusan aset TIK.
Dikeluarkan di Sukamaju
pada tanggal 11 Februari 2025
BUPATI SUKAMAJU,`;

const addressee = (text: string): string | null => addresseeOf(buildDocModel(pagesOf(text), rules.aliases));

describe('the addressee of a Surat Edaran or Instruksi', () => {
  it('is all units for "seluruh/semua/para Kepala Perangkat Daerah" and for the heads of units in general', () => {
    expect(addressee(instruksi('Seluruh Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Sukamaju'))).toBe('semua-unit');
    expect(addressee(instruksi('Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Sukamaju'))).toBe('semua-unit');
    expect(addressee(instruksi('Para Camat se-Kabupaten Sukamaju'))).toBe('semua-unit');
    expect(addressee('SURAT EDARAN BUPATI SUKAMAJU\nNOMOR 3 TAHUN 2025\nYth.\n1. Para Kepala Perangkat Daerah\n2. Direktur RSUD\ndi Sukamaju\nDalam rangka tertib aset TIK …')).toBe('semua-unit');
  });

  it('is named units for one Dinas, and unknown without an address', () => {
    expect(addressee(instruksi('Kepala Dinas Kesehatan Kabupaten Sukamaju'))).toBe('unit-tertentu');
    expect(addressee(instruksi('Kepala Perangkat Daerah yang membidangi urusan kesehatan'))).toBe('unit-tertentu');
    expect(addressee('INSTRUKSI BUPATI SUKAMAJU\nNOMOR 6 TAHUN 2025\nKESATU : Mendata aset TIK.')).toBeNull();
  });

  it('decides whether an Instruksi on ICT assets counts for indicator 24', () => {
    expect(accepted(classify(instruksi('Seluruh Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Sukamaju')))).toContain(24);
    expect(accepted(classify(instruksi('Kepala Perangkat Daerah di lingkungan Pemerintah Kabupaten Sukamaju')))).toContain(24);
    expect(accepted(classify(instruksi('Kepala Dinas Kesehatan Kabupaten Sukamaju')))).not.toContain(24);
  });
});
