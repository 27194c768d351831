/**
 * Texts for the similarity tests: a Keputusan and its next year's version, a semester report and the same report for
 * the next semester, and unrelated documents under the same kop and with the same legal boilerplate.
 */

const KOP = `PEMERINTAH KABUPATEN UJI
DINAS KOMUNIKASI DAN INFORMATIKA
Jalan Merdeka Nomor 12, Ujiraya 40111, Telepon (022) 555-0101, Laman diskominfo.ujikab.go.id`;

const MENGINGAT = `Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa
kali, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;
2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
3. Peraturan Daerah Kabupaten Uji Nomor 11 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;`;

function skTim(o: { nomor: string; tanggal: string; tahun: number; sekretaris: string; rapat: string }): string {
  return `${KOP}
KEPUTUSAN BUPATI UJI
NOMOR ${o.nomor}
TENTANG
TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN UJI TAHUN ${o.tahun}
BUPATI UJI,
Menimbang : a. bahwa untuk meningkatkan keterpaduan penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di
lingkungan Pemerintah Kabupaten Uji diperlukan pengoordinasian lintas Perangkat Daerah;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati tentang
Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kabupaten Uji Tahun ${o.tahun};
${MENGINGAT}
MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK KABUPATEN UJI.
KESATU : Membentuk Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kabupaten Uji dengan susunan keanggotaan
sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan Bupati ini.
KEDUA : Tim Koordinasi SPBE mempunyai tugas mengoordinasikan penyusunan Arsitektur SPBE dan Peta Rencana SPBE,
mengarahkan penerapan manajemen risiko dan keamanan informasi, serta memantau dan mengevaluasi penerapan SPBE
termasuk penilaian mandiri setiap tahun.
KETIGA : ${o.rapat}
KEEMPAT : Segala biaya yang timbul akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan
Belanja Daerah Kabupaten Uji Tahun Anggaran ${o.tahun}.
KELIMA : Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Ujiraya pada tanggal ${o.tanggal}
BUPATI UJI,
ttd
H. ARIF SANTOSO
LAMPIRAN SUSUNAN KEANGGOTAAN TIM KOORDINASI SPBE
1. Bupati Uji Pengarah
2. Sekretaris Daerah Ketua
3. ${o.sekretaris} Sekretaris
4. Kepala Badan Perencanaan Pembangunan Daerah Anggota
5. Kepala Badan Keuangan dan Aset Daerah Anggota
6. Inspektur Daerah Anggota`;
}

export const SK_TIM_2024 = skTim({
  nomor: '100.3.3.2/Kep.87-Diskominfo/2024',
  tanggal: '12 Februari 2024',
  tahun: 2024,
  sekretaris: 'Kepala Dinas Komunikasi dan Informatika',
  rapat: 'Tim Koordinasi SPBE menyelenggarakan rapat koordinasi paling sedikit 2 (dua) kali dalam setahun.',
});

/** Next year's version: other number, date and year, another secretary, the meetings clause rewritten. */
export const SK_TIM_2025 = skTim({
  nomor: '100.3.3.2/Kep.112-Diskominfo/2025',
  tanggal: '3 Maret 2025',
  tahun: 2025,
  sekretaris: 'Kepala Dinas Komunikasi, Informatika dan Persandian',
  rapat: 'Dalam melaksanakan tugasnya Tim Koordinasi SPBE menyelenggarakan rapat koordinasi setiap triwulan dan dapat membentuk kelompok kerja.',
});

/** Another Keputusan of the same Bupati: same kop, same Mengingat, same closing, another subject. */
export const SK_PANITIA = `${KOP}
KEPUTUSAN BUPATI UJI
NOMOR 100.3.3.2/Kep.301-Prokopim/2025
TENTANG
PANITIA PERINGATAN HARI ULANG TAHUN KE-80 KEMERDEKAAN REPUBLIK INDONESIA TINGKAT KABUPATEN UJI
BUPATI UJI,
Menimbang : a. bahwa dalam rangka memperingati Hari Ulang Tahun ke-80 Kemerdekaan Republik Indonesia di Kabupaten
Uji perlu dibentuk panitia pelaksana;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Bupati tentang
Panitia Peringatan Hari Ulang Tahun ke-80 Kemerdekaan Republik Indonesia Tingkat Kabupaten Uji;
${MENGINGAT}
MEMUTUSKAN:
Menetapkan : KEPUTUSAN BUPATI TENTANG PANITIA PERINGATAN HARI ULANG TAHUN KE-80 KEMERDEKAAN REPUBLIK INDONESIA.
KESATU : Membentuk Panitia Peringatan Hari Ulang Tahun ke-80 Kemerdekaan Republik Indonesia Tingkat Kabupaten Uji
dengan susunan sebagaimana tercantum dalam Lampiran.
KEDUA : Panitia bertugas mengoordinasikan upacara bendera, pawai pembangunan, lomba rakyat, malam tasyakuran, serta
pengamanan dan kebersihan lokasi kegiatan.
KETIGA : Panitia melaporkan pelaksanaan tugasnya kepada Bupati paling lambat 14 (empat belas) hari setelah kegiatan
berakhir.
KEEMPAT : Segala biaya yang timbul akibat ditetapkannya Keputusan Bupati ini dibebankan pada Anggaran Pendapatan dan
Belanja Daerah Kabupaten Uji Tahun Anggaran 2025.
KELIMA : Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Ujiraya pada tanggal 14 Juli 2025
BUPATI UJI,
ttd
H. ARIF SANTOSO`;

function laporanJaringan(o: { semester: string; tahun: number; kantor: number; kecamatan: number; sedia: string; gangguan: number; tanggal: string }): string {
  return `${KOP}
LAPORAN PENGOPERASIAN JARINGAN INTRA PEMERINTAH DAERAH KABUPATEN UJI
SEMESTER ${o.semester} TAHUN ${o.tahun}
BAB I KONDISI JARINGAN
Jaringan intra Pemerintah Kabupaten Uji menghubungkan ${o.kantor} kantor Perangkat Daerah dan ${o.kecamatan} kecamatan
melalui serat optik milik daerah dan radio point-to-point, dengan simpul inti di Pusat Data Daerah.
Segmen Jumlah Simpul Ketersediaan Gangguan
Kantor Perangkat Daerah (serat optik) ${o.kantor} ${o.sedia}% ${o.gangguan} kali
Kecamatan (radio dan serat optik) ${o.kecamatan} 98,20% ${o.gangguan + 7} kali
BAB II KETERHUBUNGAN DAN KEAMANAN
Seluruh lalu lintas antarkantor melewati firewall di Pusat Data Daerah; akses internet keluar hanya melalui satu
gerbang dengan penyaringan konten. Jaringan intra terhubung dengan Jaringan Intra Pemerintah melalui simpul
provinsi sehingga aplikasi umum SPBE dapat diakses tanpa melalui internet publik.
BAB III RENCANA TINDAK LANJUT
Perluasan jaringan serat optik ke kecamatan yang belum terhubung, penggantian perangkat radio yang telah melewati
umur teknis, dan penyusunan prosedur penanganan gangguan jaringan bersama Perangkat Daerah pengguna.
Ujiraya, ${o.tanggal}
KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,
ttd
Ir. BUDI HARTONO, M.T.`;
}

export const LAPORAN_SMT_1 = laporanJaringan({ semester: 'I', tahun: 2025, kantor: 38, kecamatan: 18, sedia: '99,71', gangguan: 4, tanggal: '10 Juli 2025' });
/** The same report for the next semester: numbers, semester and date changed. */
export const LAPORAN_SMT_2 = laporanJaringan({ semester: 'II', tahun: 2025, kantor: 41, kecamatan: 21, sedia: '99,83', gangguan: 2, tanggal: '12 Januari 2026' });

/** Another report of the same Dinas under the same kop. */
export const LAPORAN_LITERASI = `${KOP}
LAPORAN KEGIATAN LITERASI DIGITAL BAGI PELAJAR KABUPATEN UJI TAHUN 2025
BAB I PENDAHULUAN
Kegiatan literasi digital bagi pelajar sekolah menengah pertama diselenggarakan di 12 sekolah dengan 1.450 peserta
untuk menumbuhkan kecakapan bermedia sosial yang aman, etis, dan produktif.
BAB II PELAKSANAAN
Materi meliputi keamanan akun pribadi, mengenali berita bohong, jejak digital, dan etika berkomentar. Narasumber
berasal dari relawan TIK, guru teknologi informasi, dan komunitas pegiat literasi digital setempat.
BAB III HASIL DAN REKOMENDASI
Hasil uji awal dan akhir menunjukkan peningkatan pemahaman peserta. Kegiatan serupa direkomendasikan untuk sekolah
dasar kelas atas dan orang tua siswa pada tahun berikutnya.
Ujiraya, 20 November 2025
KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,
ttd
Ir. BUDI HARTONO, M.T.`;
