/** Indonesian messages for extraction outcomes: each names the file and says what to do. */

export const messages = {
  empty: (file: string) => `Berkas "${file}" kosong (0 bita). Salin ulang berkas aslinya ke folder OPD.`,

  notPdf: (file: string) =>
    `Berkas "${file}" berakhiran .pdf tetapi isinya bukan PDF (mungkin halaman web atau unduhan yang gagal). ` +
    'Unduh ulang dokumennya atau ekspor ulang sebagai PDF, lalu letakkan kembali di folder OPD.',

  unsupported: (file: string) =>
    `Berkas "${file}" bukan PDF, gambar (PNG/JPEG/TIFF) atau dokumen Word (.docx) sehingga isinya tidak dapat dibaca. ` +
    'Simpan ulang sebagai PDF lalu letakkan kembali di folder OPD.',

  corruptPdf: (file: string) =>
    `Berkas "${file}" rusak atau tidak lengkap sehingga tidak dapat dibuka sebagai PDF. ` +
    'Salin atau unduh ulang dari sumber aslinya, atau cetak ulang ke PDF.',

  noPages: (file: string) =>
    `Berkas "${file}" tidak memiliki halaman yang dapat dibaca. Cetak ulang dokumennya ke PDF lalu letakkan kembali.`,

  damagedPages: (file: string, pages: readonly number[]) =>
    `Berkas "${file}" sebagian rusak: ${pageList(pages)} tidak dapat dibaca. ` +
    'Salin atau unduh ulang dari sumber aslinya, atau cetak ulang ke PDF.',

  timedOut: (file: string, seconds: number, page: number | null) =>
    `Pembacaan berkas "${file}"${page === null ? '' : ` (halaman ${page})`} dihentikan karena melebihi ${seconds} detik; ` +
    'kemungkinan berkasnya rusak atau terlalu rumit. Cetak ulang ke PDF baru lalu letakkan kembali.',

  crashed: (file: string, page: number | null) =>
    `Pembacaan berkas "${file}"${page === null ? '' : ` (halaman ${page})`} dihentikan karena kehabisan memori; ` +
    'kemungkinan berkasnya rusak atau gambarnya sangat besar. Cetak ulang ke PDF baru lalu letakkan kembali.',

  needsPassword: (file: string) =>
    `Berkas "${file}" dilindungi kata sandi sehingga isinya tidak dapat dibaca. ` +
    'Minta OPD mengirim versi tanpa kata sandi (buka dengan kata sandinya, lalu simpan atau cetak ulang ke PDF).',

  tooManyPages: (file: string, total: number, max: number) =>
    `Berkas "${file}" memiliki ${total} halaman, melebihi batas ${max} halaman per dokumen; hanya ${max} halaman pertama yang dibaca. ` +
    'Pecah dokumen menjadi beberapa berkas, atau naikkan batas.halamanPerDokumen di eviden.config.yaml.',

  imageTooLarge: (file: string, detail: string, maxMegapixels: number) =>
    `Gambar "${file}" terlalu besar (${detail}; batas ${maxMegapixels} megapiksel) untuk dibaca OCR. ` +
    'Perkecil resolusinya atau simpan sebagai PDF/JPEG, lalu letakkan kembali.',

  unpackedTooLarge: (file: string, unpackedMb: number, limitMb: number) =>
    `Dokumen Word "${file}" terlalu besar setelah dibuka (isinya mengembang menjadi ±${unpackedMb} MB, batas ${limitMb} MB) ` +
    'sehingga tidak dibuka agar komputer tidak kehabisan memori. Simpan atau cetak dokumennya sebagai PDF lalu letakkan kembali.',

  imageUnreadable: (file: string) =>
    `Gambar "${file}" rusak atau tidak dapat dibaca. Salin ulang berkas aslinya, atau simpan ulang sebagai PNG/JPEG.`,

  tiffUnsupported: (file: string) =>
    `Gambar TIFF "${file}" memakai format atau kompresi yang tidak dapat dibaca OCR. Ubah ke PDF atau PNG, lalu letakkan kembali.`,

  docxCorrupt: (file: string) =>
    `Dokumen Word "${file}" rusak sehingga isinya tidak dapat dibaca. Buka di Word lalu simpan ulang sebagai .docx atau PDF.`,

  blankDocument: (file: string) =>
    `Berkas "${file}" tidak berisi teks maupun gambar: semua halamannya kosong. Periksa apakah berkas yang benar sudah diunggah.`,

  emptyDocx: (file: string) =>
    `Dokumen Word "${file}" tidak berisi teks. Periksa apakah berkas yang benar sudah diunggah.`,

  ocrFoundNothing: (file: string) =>
    `Berkas "${file}" berupa hasil pindaian, tetapi OCR tidak menemukan teks. ` +
    'Pindai ulang dengan resolusi minimal 300 dpi dan pastikan tulisannya jelas dan tegak.',

  ocrSkipped: (file: string) =>
    `Berkas "${file}" berupa hasil pindaian tanpa lapisan teks, dan OCR tidak dijalankan. Jalankan pemindaian ulang dengan OCR aktif.`,

  ocrFailed: (file: string) =>
    `Berkas "${file}" berupa hasil pindaian, tetapi OCR gagal membacanya. ` +
    'Coba pindai ulang dengan resolusi 300 dpi, atau simpan sebagai PDF lalu letakkan kembali.',

  warnOcrFailed: (pages: readonly number[], reason: string) => `OCR gagal pada ${pageList(pages)} (${reason}).`,

  warnOcrSkipped: (pages: readonly number[]) => `OCR tidak dijalankan pada ${pageList(pages)} (batas halaman OCR).`,

  warnTiffPages: (skipped: number) => `Hanya halaman pertama gambar TIFF yang dibaca; ${skipped} halaman lainnya dilewati.`,
} as const;

/** "halaman 3" / "halaman 3, 5 dan 9" / "halaman 3–40" for runs, shortened after ten items. */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  const sorted = [...pages].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  const shown = runs.length > 10 ? [...runs.slice(0, 10), `${runs.length - 10} rentang lain`] : runs;
  const last = shown.pop() ?? '';
  return `halaman ${shown.length > 0 ? `${shown.join(', ')} dan ${last}` : last}`;
}
