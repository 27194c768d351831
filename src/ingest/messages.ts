/** Indonesian messages for entries of `watch/` that are refused or cannot be read: each names the file and says what to do. */
import type { RefusalStatus } from '../types/documents.ts';

const REFUSALS: Readonly<Record<RefusalStatus, (file: string) => string>> = {
  link: (file) =>
    `"${file}" adalah tautan (symlink) dan tidak dibaca: eviden hanya mengarsipkan berkas biasa yang benar-benar ada di dalam watch/. ` +
    'Salin berkas aslinya (bukan tautannya) ke folder OPD.',
  'not-regular': (file) =>
    `"${file}" bukan berkas biasa (perangkat, soket, atau pipa) dan tidak dibaca. Hapus dari folder OPD dan salin berkas dokumennya.`,
  changed: (file) =>
    `Berkas "${file}" berubah saat hendak dibaca (diganti atau dipindah). Berkas akan dibaca lagi pada pemindaian berikutnya.`,
};

export function refusalMessage(status: RefusalStatus, file: string): string {
  return REFUSALS[status](file);
}

export function unreadableMessage(file: string, reason: string): string {
  return `Berkas "${file}" tidak dapat dibaca (${reason}). Periksa izin berkas lalu pindai ulang.`;
}
