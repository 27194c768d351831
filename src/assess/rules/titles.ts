/**
 * A short Indonesian title per finding rule, for the places that name a group of findings instead of one message
 * (the terminal's compact list). The ids stay in JSON and CSV; users read these words.
 */
import { statusLabel } from '../../shared/vocabulary.ts';

const TITLES: Readonly<Record<string, string>> = {
  indicatorNoEvidence: 'Indikator tanpa bukti',
  levelClaimedWithoutEvidence: 'Tingkat diklaim tanpa bukti',
  claimedAboveSupported: 'Klaim di atas tingkat yang didukung bukti',
  evidenceUnreadable: 'Berkas bukti tidak terbaca',
  onlyLowConfidence: 'Hanya kandidat berskor rendah',
  evidenceEncrypted: 'Berkas bukti berkata sandi',
  evidenceExpired: 'Reviu sudah lewat masa berlaku',
  possiblyMisfiled: 'Mungkin salah folder',
  rejectedSubstitution: 'Bukti pengganti yang ditolak asesor',
  unknownOpdFolder: 'Folder OPD tidak dikenal',
  serviceLoginOnly: 'Hanya tangkapan layar halaman masuk',
  opdNoEvidence: 'OPD penanggung jawab belum menyerahkan bukti',
  evidenceRemoved: 'Bukti dihapus dari folder bersama',
  duplicateEvidence: 'Berkas ganda',
  evidencePending: 'Berkas belum diproses',
  belowTargetLevel: statusLabel('di-bawah-target'),
  missingPenjelasan: 'Penjelasan kosong',
  evidenceNotCited: 'Bukti tidak disebut di penjelasan',
  citedFileProblem: 'Penjelasan menyebut berkas yang tidak dapat dipakai',
};

/** The title of a rule; a rule without one is named by its message's kind ("Temuan"). */
export function ruleTitle(id: string): string {
  return TITLES[id] ?? 'Temuan';
}
