/** One line of benchmark output: a measured value, optionally beside a reference measured in the same run. */
export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  /** The reference tool's value for the same work (e.g. pdftotext, native tesseract, qpdf). */
  reference?: number;
  /** value / reference, oriented so that higher is better for the project (documented per line). */
  ratio?: number;
  note?: string;
}
