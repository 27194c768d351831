/**
 * Words of any Indonesian government document that say nothing about its topic: letterhead and signature
 * blocks, dates, numbering, the structure of a regulation, the names of government bodies and offices. The
 * instrument's texts use some of them rarely (so they would weigh a lot), while every kop and every SK has them.
 * Written as plain words; they are compared as skeleton tokens and their roots.
 */
export const ADMINISTRATIVE_WORDS: readonly string[] = [
  // bodies, offices, regions and officials
  'dinas', 'badan', 'kantor', 'sekretariat', 'inspektorat', 'bagian', 'bidang', 'seksi', 'subbagian', 'unit',
  'kabupaten', 'kota', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'daerah', 'pemerintah', 'pemerintahan',
  'bupati', 'wali', 'walikota', 'gubernur', 'wakil', 'kepala', 'sekretaris', 'camat', 'lurah', 'menteri', 'kementerian',
  'pejabat', 'pegawai', 'jabatan', 'nip', 'pangkat', 'golongan', 'pembina', 'penata', 'utama', 'muda', 'madya',
  // letterhead, addresses, dates
  'jalan', 'telepon', 'telp', 'faks', 'email', 'laman', 'website', 'kode', 'pos', 'alamat', 'nomor', 'tanggal',
  'tahun', 'bulan', 'hari', 'pukul', 'tempat', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli',
  'agustus', 'september', 'oktober', 'november', 'desember', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu',
  'minggu', 'halaman', 'lampiran', 'perihal', 'sifat', 'yth', 'hormat', 'kami', 'kepada', 'tembusan',
  // structure of a regulation or decree
  'pasal', 'ayat', 'huruf', 'angka', 'bab', 'paragraf', 'menimbang', 'mengingat', 'memperhatikan', 'memutuskan',
  'menetapkan', 'kesatu', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ditetapkan', 'diundangkan',
  'salinan', 'sesuai', 'aslinya', 'tertanda', 'ttd', 'berita', 'lembaran', 'republik', 'indonesia', 'rahmat',
  'tuhan', 'maha', 'esa',
  // meetings and letters
  'notulen', 'notulensi', 'rapat', 'undangan', 'acara', 'peserta', 'hadir', 'daftar', 'pimpinan', 'sambutan',
];
