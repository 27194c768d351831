/** Short documents written for the classifier tests (fictional Kabupaten Sukamaju). */

export const PERBUP_SPBE = `BUPATI SUKAMAJU
PROVINSI JAWA BARAT RAYA
PERATURAN BUPATI SUKAMAJU
NOMOR 27 TAHUN 2024
TENTANG
PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI SUKAMAJU,
Menimbang : bahwa untuk melaksanakan ketentuan Pasal 61 Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik, perlu menetapkan Peraturan Bupati;
Mengingat : Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.
BAB I
KETENTUAN UMUM
Pasal 1
Dalam Peraturan Bupati ini yang dimaksud dengan SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi.
BAB II
TATA KELOLA SPBE
Bagian Kesatu
Arsitektur SPBE
Pasal 2
Arsitektur SPBE Daerah disusun untuk jangka waktu 5 (lima) tahun dan memuat referensi arsitektur dan domain arsitektur.
Arsitektur SPBE Daerah berpedoman pada Arsitektur SPBE Nasional dan direviu pada paruh waktu.
Bagian Kedua
Peta Rencana SPBE
Pasal 3
Peta Rencana SPBE Daerah memuat tata kelola SPBE, manajemen SPBE, layanan SPBE, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan audit TIK.
Peta Rencana SPBE ditetapkan dengan Keputusan Bupati.
\fBagian Ketiga
Manajemen Data
Pasal 4
Manajemen data dilakukan melalui arsitektur data, data induk, data referensi, basis data, dan kualitas data.
Bagian Keempat
Pembangunan Aplikasi SPBE
Pasal 5
Pembangunan aplikasi SPBE oleh Perangkat Daerah dikonsultasikan kepada Dinas Komunikasi dan Informatika.
Pengembangan aplikasi mengutamakan aplikasi umum dan kode sumber terbuka.
Bagian Kelima
Layanan Pusat Data
Pasal 6
Setiap Perangkat Daerah menggunakan layanan pusat data Daerah yang terhubung dengan Pusat Data Nasional.
Bagian Keenam
Jaringan Intra
Pasal 7
Setiap Perangkat Daerah menggunakan jaringan intra Pemerintah Daerah yang terhubung dengan Jaringan Intra Pemerintah.
Bagian Ketujuh
Sistem Penghubung Layanan
Pasal 8
Integrasi layanan antar Perangkat Daerah menggunakan sistem penghubung layanan Pemerintah Daerah.
\fBAB III
MANAJEMEN SPBE
Bagian Kesatu
Manajemen Keamanan Informasi
Pasal 9
Manajemen keamanan informasi meliputi penetapan ruang lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja, dan perbaikan berkelanjutan.
BAB IV
AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI
Pasal 10
Audit TIK terdiri atas audit infrastruktur SPBE, audit aplikasi SPBE, dan audit keamanan SPBE.
BAB V
TIM KOORDINASI SPBE
Pasal 11
Bupati membentuk Tim Koordinasi SPBE Daerah yang diketuai oleh Sekretaris Daerah selaku Koordinator SPBE.
Tim Koordinasi SPBE ditetapkan dengan Keputusan Bupati.
Pasal 12
Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
Ditetapkan di Sukamaju
pada tanggal 12 Maret 2024
BUPATI SUKAMAJU,
ttd
ADE SUPRIATNA`;

export const SK_TIM_KOORDINASI = `BUPATI SUKAMAJU
KEPUTUSAN BUPATI SUKAMAJU
NOMOR 100.3.3.2/Kep.112-Diskominfo/2025
TENTANG
TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
KABUPATEN SUKAMAJU
BUPATI SUKAMAJU,
Menimbang : bahwa untuk meningkatkan keterpaduan penyelenggaraan SPBE diperlukan pengoordinasian lintas Perangkat Daerah;
MEMUTUSKAN:
Menetapkan :
KESATU : Membentuk Tim Koordinasi SPBE Kabupaten Sukamaju dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran.
KEDUA : Tim Koordinasi SPBE bertugas mengoordinasikan penyusunan Arsitektur SPBE dan memantau penerapan SPBE.
KETIGA : Keputusan Bupati ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Sukamaju
pada tanggal 3 Februari 2025
BUPATI SUKAMAJU,
ttd
ADE SUPRIATNA
\fLAMPIRAN KEPUTUSAN BUPATI SUKAMAJU
SUSUNAN KEANGGOTAAN TIM KOORDINASI SPBE
1. Bupati Sukamaju Pengarah
2. Sekretaris Daerah Ketua merangkap Koordinator SPBE
3. Kepala Dinas Komunikasi dan Informatika Sekretaris`;

export const NOTULEN_TIM_KOORDINASI = `PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
NOTULEN RAPAT
Acara : Rapat Koordinasi Tim Koordinasi SPBE Kabupaten Sukamaju Triwulan II
Hari/Tanggal : Senin, 3 Juni 2024
Tempat : Ruang Rapat Sekretariat Daerah
Pimpinan Rapat : Sekretaris Daerah selaku Koordinator SPBE
Pembahasan:
1. Tim Koordinasi SPBE membahas kemajuan penyusunan Peta Rencana SPBE.
2. Setiap Perangkat Daerah melaporkan aplikasi yang sedang dibangun.
Kesimpulan: rapat koordinasi berikutnya dilaksanakan pada bulan September.
Notulis,
ttd
RINA MARLINA`;

export const DOKUMEN_ARSITEKTUR = `DOKUMEN ARSITEKTUR SPBE
PEMERINTAH KABUPATEN SUKAMAJU
TAHUN 2024-2028
Dinas Komunikasi dan Informatika
BAB I PENDAHULUAN
Arsitektur SPBE Kabupaten Sukamaju disusun berpedoman pada Arsitektur SPBE Nasional.
BAB II REFERENSI ARSITEKTUR
Referensi arsitektur proses bisnis, referensi arsitektur data dan informasi, referensi arsitektur layanan.
BAB III DOMAIN ARSITEKTUR
Domain arsitektur proses bisnis memuat 42 proses bisnis.
Domain arsitektur aplikasi memuat 87 aplikasi.
Domain arsitektur infrastruktur memuat pusat data dan jaringan intra.`;

export const PERBUP_ARSITEKTUR = `BUPATI SUKAMAJU
PERATURAN BUPATI SUKAMAJU
NOMOR 8 TAHUN 2023
TENTANG
ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI SUKAMAJU,
Menimbang : bahwa untuk keterpaduan penyelenggaraan SPBE perlu mengatur Arsitektur SPBE;
MEMUTUSKAN:
Menetapkan : PERATURAN BUPATI TENTANG ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK.
Pasal 1
Arsitektur SPBE Daerah memuat referensi arsitektur dan domain arsitektur proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE, dan layanan SPBE.
Pasal 2
Arsitektur SPBE Daerah direviu paling sedikit 1 (satu) kali dalam 5 (lima) tahun.
Ditetapkan di Sukamaju
pada tanggal 14 Agustus 2023`;

export const UNDANGAN_HUT = `PEMERINTAH KABUPATEN SUKAMAJU
SEKRETARIAT DAERAH
Nomor : 003/412/Umum
Sifat : Biasa
Lampiran : -
Perihal : Undangan Upacara Hari Ulang Tahun Kabupaten Sukamaju ke-78
Yth. Kepala Perangkat Daerah se-Kabupaten Sukamaju
Dengan hormat, dalam rangka memperingati Hari Ulang Tahun Kabupaten Sukamaju ke-78, kami mengundang Bapak/Ibu untuk hadir pada:
Hari/Tanggal : Rabu, 14 Agustus 2024
Waktu : 07.30 WIB
Tempat : Alun-alun Sukamaju
Pakaian : Korpri lengkap
Demikian undangan ini kami sampaikan. Undangan juga dikirim melalui aplikasi SRIKANDI.
Sukamaju, 9 Agustus 2024
SEKRETARIS DAERAH,
ttd`;

export const SURAT_CUTI = `PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
SURAT IZIN CUTI TAHUNAN
Nomor : 851/77/Diskominfo
Diberikan cuti tahunan kepada Pegawai Negeri Sipil:
Nama : Budi Santoso
NIP : 198203142006041002
Jabatan : Pranata Komputer Ahli Muda
Selama 3 (tiga) hari kerja terhitung mulai tanggal 2 September 2024.
Selama menjalankan cuti, urusan pekerjaan diserahkan kepada atasan langsung.
Sukamaju, 28 Agustus 2024
KEPALA DINAS,
ttd`;

/** National-regulation style text that names every indicator (like PermenPANRB 59/2020) but proves none. */
export const PERMEN_INSTRUMEN = `SALINAN
PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA
DAN REFORMASI BIROKRASI REPUBLIK INDONESIA
NOMOR 59 TAHUN 2020
TENTANG
PEMANTAUAN DAN EVALUASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK
DENGAN RAHMAT TUHAN YANG MAHA ESA
MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI REPUBLIK INDONESIA,
Menimbang : bahwa untuk melaksanakan ketentuan Pasal 71 ayat (3) Peraturan Presiden Nomor 95 Tahun 2018;
\fTabel 9 Indikator Penilaian
Indikator 1 Tingkat Kematangan Kebijakan Internal Arsitektur SPBE
Indikator 2 Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE
Indikator 3 Tingkat Kematangan Kebijakan Internal Manajemen Data
Indikator 8 Tingkat Kematangan Kebijakan Internal Manajemen Keamanan Informasi
Indikator 10 Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE
Indikator 11 Tingkat Kematangan Arsitektur SPBE
Indikator 21 Tingkat Kematangan Penerapan Manajemen Risiko SPBE
Indikator 29 Tingkat Kematangan Pelaksanaan Audit Infrastruktur SPBE
Indikator 37 Tingkat Kematangan Layanan Kearsipan Dinamis
Indikator 44 Tingkat Kematangan Jaringan Dokumentasi dan Informasi Hukum
TINGKAT 1 RINTISAN
TINGKAT 2 TERKELOLA
TINGKAT 3 TERDEFINISI
TINGKAT 4 TERPADU DAN TERUKUR
TINGKAT 5 OPTIMUM
Ditetapkan di Jakarta
pada tanggal 2 September 2020`;

export const SCREENSHOT_SRIKANDI = `SRIKANDI
Beranda
Naskah Masuk
Naskah Keluar
Disposisi
Arsip
Pencarian
Profil
Keluar`;

export const SCREENSHOT_LOGIN = `e-Kinerja
Masuk ke akun Anda
Username
Password
Lupa password?
Login`;

export const LAPORAN_AUDIT_KEAMANAN = `LAPORAN HASIL AUDIT KEAMANAN SPBE
PEMERINTAH KABUPATEN SUKAMAJU
TAHUN 2024
Disusun oleh Tim Auditor Internal Dinas Komunikasi dan Informatika
BAB I RUANG LINGKUP
Audit keamanan SPBE dilakukan terhadap 12 aplikasi khusus dan infrastruktur pusat data.
BAB II TEMUAN
Temuan audit: 4 kerentanan tinggi pada aplikasi perizinan.
BAB III REKOMENDASI
Rekomendasi audit ditindaklanjuti paling lambat 3 bulan.`;

export const LAPORAN_INDEKS_KAMI = `PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
LAPORAN HASIL PENILAIAN INDEKS KAMI
TAHUN 2025
BAB I PENDAHULUAN
Penilaian Indeks KAMI dilakukan terhadap 5 area: tata kelola, risiko, kerangka kerja, aset, dan teknologi.
Skor total 512 dengan tingkat kelengkapan II+.`;

export const MOU_CSIRT = `NOTA KESEPAHAMAN
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
BADAN SIBER DAN SANDI NEGARA
TENTANG
PEMBENTUKAN COMPUTER SECURITY INCIDENT RESPONSE TEAM
Pasal 1
Para pihak sepakat berkolaborasi dalam penanganan insiden keamanan informasi SPBE.`;

export const SOP_SRIKANDI = `STANDAR OPERASIONAL PROSEDUR
PENGGUNAAN APLIKASI SRIKANDI
DINAS KOMUNIKASI DAN INFORMATIKA
1. Operator masuk ke aplikasi SRIKANDI.
2. Operator membuat naskah dinas keluar dan mengirim untuk disposisi.`;

export const MANUAL_EKINERJA = `MANUAL BOOK
APLIKASI E-KINERJA KABUPATEN SUKAMAJU
Versi 2.1
BAB I LOGIN
Pengguna masuk dengan NIP dan kata sandi.
BAB II SASARAN KINERJA PEGAWAI
Pegawai menyusun SKP dan rencana hasil kerja.`;

export const RANCANGAN_PERBUP_SATU_DATA = `RANCANGAN
PERATURAN BUPATI SUKAMAJU
NOMOR ... TAHUN 2025
TENTANG
SATU DATA KABUPATEN SUKAMAJU
DENGAN RAHMAT TUHAN YANG MAHA ESA
Pasal 1
Walidata mengelola data prioritas daerah sesuai prinsip Satu Data Indonesia.`;

export const UNDANGAN_RAPAT_TIM = `PEMERINTAH KABUPATEN SUKAMAJU
SEKRETARIAT DAERAH
Nomor : 005/122/Setda
Perihal : Undangan Rapat Tim Koordinasi SPBE
Yth. Anggota Tim Koordinasi SPBE
Dengan hormat, kami mengundang Bapak/Ibu pada rapat koordinasi SPBE triwulan III.
Hari/Tanggal : Selasa, 9 September 2025`;

export const DPA_DISKOMINFO = `DOKUMEN PELAKSANAAN ANGGARAN
SATUAN KERJA PERANGKAT DAERAH
Dinas Komunikasi dan Informatika
Tahun Anggaran 2025
Program Pengelolaan Aplikasi Informatika
Sub Kegiatan Pengelolaan Pusat Data Pemerintah Daerah Rp 1.850.000.000
Sub Kegiatan Penyelenggaraan Sistem Penghubung Layanan Rp 600.000.000
Belanja TIK total Rp 4.200.000.000`;

export const SCREENSHOT_SIPD_PENGANGGARAN = `SIPD RI | Penganggaran
https://sipd-ri.kemendagri.go.id/penganggaran/rka-skpd
Dashboard
KUA-PPAS
RKA SKPD
Rancangan APBD
Rencana Kerja dan Anggaran SKPD Tahun 2026
Dinas Komunikasi dan Informatika 8.420.000.000 Terkunci`;
