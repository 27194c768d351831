/** The commented `eviden.config.yaml` written by `eviden init` (Indonesian comments; keys per schema.ts). */

export interface InitConfigOptions {
  /** Agency name, e.g. "Pemerintah Kabupaten Sukamaju". */
  nama: string;
  /** Place name for dates and signatures, e.g. "Sukamaju". */
  kota: string;
  tahun: number;
  /** The instrument packs to list in the comment, e.g. { id: "spbe-2020", keterangan: "Indeks SPBE, 47 indikator" }. */
  instrumen: { id: string; keterangan: string }[];
}

type Jenis = 'provinsi' | 'kabupaten' | 'kota' | 'instansi pusat';

/** Guesses the agency kind from its name; a regency when the name says nothing. */
export function guessJenis(nama: string): Jenis {
  const n = nama.toLowerCase();
  if (/\bprovinsi\b/.test(n)) return 'provinsi';
  if (/\bkota\b/.test(n)) return 'kota';
  if (/\b(kementerian|badan|lembaga|sekretariat|kantor)\b/.test(n) && !/\bkabupaten\b/.test(n)) return 'instansi pusat';
  return 'kabupaten';
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function q(text: string): string {
  return JSON.stringify(text);
}

export function renderInitConfig(opts: InitConfigOptions): string {
  const jenis = guessJenis(opts.nama);
  const kopAtas = opts.nama.toUpperCase();
  return `# =============================================================================
# Konfigurasi eviden — Penilaian Mandiri SPBE ${opts.nama} Tahun ${opts.tahun}
# =============================================================================
# Satu workspace = berkas ini + folder:
#   watch/<folder OPD>/...   tempat staf OPD menaruh bukti dukung
#   output/                  laporan PDF dan lampiran yang dihasilkan
#   .eviden/                 arsip, indeks, dan log (jangan disunting)
#
# Langkah berikutnya:
#   1. Lengkapi identitas instansi, daftar OPD, dan penanggung jawab di bawah.
#   2. Buat satu folder per OPD di watch/ (nama sama dengan "folder").
#   3. Jalankan: eviden scan
# Kesalahan penulisan dilaporkan dengan nama berkas, nomor baris, dan kolomnya.
# =============================================================================

# Identitas instansi: dipakai pada kop, judul laporan, dan blok tanda tangan.
instansi:
  nama: ${q(opts.nama)}
  # Salah satu dari: provinsi, kabupaten, kota, instansi pusat
  jenis: ${jenis}
  # Nama tempat pada tanggal dan tanda tangan ("${opts.kota}, 29 November ${opts.tahun}").
  kota: ${q(opts.kota)}
  alamat: ""
  # Baris-baris kop surat, dari atas ke bawah. GANTI baris kedua dengan unit pembuat laporan.
  kop:
    - ${q(kopAtas)}
    - "DINAS KOMUNIKASI DAN INFORMATIKA"
  kontak: ""
  # Kop Pemerintah Daerah / Sekretariat Daerah untuk Berita Acara dan Surat
  # Pernyataan yang ditandatangani Sekretaris Daerah (bawaan: nama instansi dan
  # "SEKRETARIAT DAERAH", tanpa alamat).
  # kopPemda:
  #   baris: [${q(kopAtas)}, "SEKRETARIAT DAERAH"]
  #   alamat: ""
  #   kontak: ""
  # Berkas lambang daerah (PNG/JPG), relatif terhadap folder workspace.
  # logo: lambang.png

# Tahun penilaian mandiri.
tahun: ${opts.tahun}

# Instrumen penilaian (paket instrumen yang tersedia):
${opts.instrumen.map((i) => `#   ${i.id} = ${i.keterangan}`).join('\n')}
instrumen: spbe-2020

# Perangkat Daerah (OPD) pengirim bukti dukung.
#   kode   : singkatan unik (huruf, angka, - dan _), dipakai di penanggungJawab
#   nama   : nama resmi untuk laporan
#   folder : nama folder di watch/ tempat OPD menaruh berkas
#   alias  : ejaan lain nama folder yang juga dikenali
# Tambahkan OPD lain dengan pola yang sama.
opd:
  - kode: DISKOMINFO
    nama: Dinas Komunikasi dan Informatika
    folder: Diskominfo
    alias: [Kominfo]
  - kode: HUKUM
    nama: Bagian Hukum Sekretariat Daerah
    folder: BagianHukum
    alias: [Bag Hukum]
  - kode: BAPPEDA
    nama: Badan Perencanaan Pembangunan Daerah
    folder: Bappeda
    alias: []

# Penanggung jawab bukti dukung per indikator: nomor indikator → kode OPD.
# Nomor indikator ditulis dalam tanda kutip. Contoh untuk beberapa indikator;
# lengkapi untuk setiap indikator instrumen.
penanggungJawab:
  "1": [HUKUM, DISKOMINFO]
  "10": [HUKUM, DISKOMINFO]
  "11": [DISKOMINFO, BAPPEDA]
  "12": [BAPPEDA, DISKOMINFO]
  "32": [BAPPEDA]

# Nama aplikasi milik instansi sendiri per indikator: singkatan yang tidak
# dikenal instrumen (mis. "SIMPATIK" untuk layanan keuangan). Dokumen yang
# menyebut nama ini di judulnya (tangkapan layar, manual, berita acara uji
# coba, notulen reviu) dipetakan ke indikator tersebut seperti nama aplikasi
# yang dikenal instrumen. Nomor indikator ditulis dalam tanda kutip dan harus
# ada di instrumen. Contoh:
#   "34": [SIMPATIK]
#   "41": [e-Ngantor, SIKAP]
aplikasi: {}

# Target tingkat kematangan; bawaan 3 sesuai target evaluasi nasional.
target:
  bawaan: 3
  indikator: {}

# Penilaian mandiri: tingkat yang diklaim (1–5) dan penjelasannya dengan pola
# FAKTA → ANALISIS → JUSTIFIKASI. Sebut nama berkas bukti dukung persis seperti
# di folder watch/. Contoh:
penilaian:
  "10":
    tingkat: 3
    penjelasan: >-
      FAKTA: Tim Koordinasi SPBE ditetapkan dengan Keputusan Kepala Daerah
      Nomor ... Tahun ..., berkas "SK Tim Koordinasi SPBE.pdf".
      ANALISIS: Keputusan mengatur susunan dan tugas tim untuk seluruh
      Perangkat Daerah.
      JUSTIFIKASI: Tingkat 3.

# Penandatangan Berita Acara Penilaian Mandiri dan Pernyataan Persetujuan
# Publikasi. GANTI dengan nama, NIP, dan pangkat yang sebenarnya.
penandatangan:
  koordinator:
    nama: "Nama Sekretaris Daerah"
    nip: ""
    jabatan: ${q(`Sekretaris Daerah ${opts.nama.replace(/^Pemerintah\s+/i, '')}`)}
    pangkat: ""
  penanggungJawab:
    nama: "Nama Kepala Dinas Komunikasi dan Informatika"
    nip: ""
    jabatan: "Kepala Dinas Komunikasi dan Informatika"
    pangkat: ""

# Tenggat bagi OPD untuk melengkapi bukti, satu per putaran. Rencana
# peningkatan ("eviden rencana") menyebut tenggat pertama yang belum lewat.
tenggat: []
#  - putaran: Penilaian mandiri
#    tanggal: ${opts.tahun}-05-31

# Finalisasi: nomor surat untuk dokumen final ("eviden report --final") dan
# temuan berkelas kesalahan yang diterima dengan alasan.
finalisasi:
  nomor:
    beritaAcara: ""
    pernyataan: ""
  temuanDiterima: []
  #  - aturan: claimedAboveSupported
  #    indikator: 10
  #    alasan: "Bukti reviu tahun berjalan disampaikan terpisah."

# Pengaturan lanjutan (nilai bawaan). Hapus tanda # untuk mengubahnya.
# ocr:
#   bahasa: [ind, eng]
#   dpi: 300
#   pekerja: 0            # 0 = satu pekerja per inti prosesor
#   batasWaktuDetik: 180
# pemetaan:
#   ambang: 0.5           # skor minimum pemetaan otomatis
#   masaBerlakuReviuTahun: 2
# pemantauan:
#   stabilDetik: 2
#   rescanMenit: 5
#   polling: false        # true untuk folder jaringan (SMB/NFS)
# laporan:
#   kertas: A4            # A4 atau F4
#   lampiranPer: domain     # domain (satu jilid per domain) atau indikator
#   ukuranLampiranMaksMB: 10
#   tteBsre: false
#   tautanWeb: false      # true: tautan ke situs web (http/https) di bukti dukung tetap aktif di lampiran
`;
}
