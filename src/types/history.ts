/** An earlier evaluation result of the workspace, imported with `eviden riwayat impor` (`.eviden/riwayat.json`). */
export interface PreviousResult {
  tahun: number;
  instrumen: string;
  /** Indicator number (as a string key) → value. */
  nilai: Record<string, number>;
  indeks: number | null;
  predikat: string | null;
  sumber: { berkas: string; sha256: string; jenis: 'lhe' | 'berkas-tingkat' };
  diimpor: string;
  oleh: string;
}
