/**
 * Evens out the lighting of a photographed page before OCR. A phone photo of paper is lit unevenly (bright where the
 * lamp is, dark in the corners, a desk around the sheet), and Tesseract binarises with one global threshold: where
 * the paper is darker than that threshold whole lines vanish. Dividing each pixel by the local paper brightness (the
 * brightest pixels around it, which are paper between the strokes) makes the paper white everywhere and keeps the ink
 * as dark as it is relative to its surroundings, the usual background normalisation of document photos. Pure.
 */

/** The block (in pixels) over which the paper brightness is taken: wider than any stroke, well under a text line's length. */
export function backgroundBlock(width: number, height: number): number {
  return Math.max(12, Math.round(Math.max(width, height) / 100));
}

/**
 * The brightness of the paper per block: the brightest pixel of each block (paper between the strokes), then the
 * darkest of each 3 × 3 blocks (where the sheet ends, the desk keeps its own level instead of the paper's, which would
 * leave a dark rim around the sheet), then the mean of each 3 × 3 (no steps between blocks).
 */
function paperLevels(grey: Uint8Array, width: number, height: number, block: number): { levels: Float32Array; cols: number; rows: number } {
  const cols = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const max = new Float32Array(cols * rows);
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / block) * cols;
    for (let x = 0; x < width; x++) {
      const v = grey[y * width + x] ?? 0;
      const b = row + Math.floor(x / block);
      if (v > (max[b] ?? 0)) max[b] = v;
    }
  }
  const around = (src: Float32Array, combine: (acc: number, v: number) => number, start: number, finish: (acc: number, n: number) => number): Float32Array => {
    const out = new Float32Array(cols * rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let acc = start;
        let n = 0;
        for (let rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++) {
          for (let cc = Math.max(0, c - 1); cc <= Math.min(cols - 1, c + 1); cc++) {
            acc = combine(acc, src[rr * cols + cc] ?? 0);
            n++;
          }
        }
        out[r * cols + c] = finish(acc, n);
      }
    }
    return out;
  };
  const closed = around(max, Math.min, 255, (acc) => acc);
  const levels = around(closed, (acc, v) => acc + v, 0, (acc, n) => acc / n);
  return { levels, cols, rows };
}

/**
 * The share of the local brightest pixel that is taken as white. The brightest pixel of a block is the top of the
 * paper's noise, so most paper pixels sit a little below it; without this margin Tesseract's threshold falls inside
 * the paper's grain. Measured on the phone photos of the generalisation set (scripts/fixtures/generalise-e2e, words of
 * four letters or more read back by the tesseract CLI): 0,80 → 0,88 of the words, 0,85 → 0,94, 0,88 → 0,91,
 * 0,94 → 0,76; decoding to grey alone gives 0,80 and the JPEG as it is 0,45.
 */
const WHITE_SHARE = 0.85;

/** `grey` (8-bit, row-major) with the paper levelled to white; a new array of the same size. */
export function flattenIllumination(grey: Uint8Array, width: number, height: number): Uint8Array {
  const block = backgroundBlock(width, height);
  const { levels, cols, rows } = paperLevels(grey, width, height, block);
  const out = new Uint8Array(grey.length);
  for (let y = 0; y < height; y++) {
    // Bilinear between block centres.
    const fy = Math.min(rows - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const r0 = Math.floor(fy);
    const r1 = Math.min(rows - 1, r0 + 1);
    const ty = fy - r0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(cols - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const c0 = Math.floor(fx);
      const c1 = Math.min(cols - 1, c0 + 1);
      const tx = fx - c0;
      const top = (levels[r0 * cols + c0] ?? 0) * (1 - tx) + (levels[r0 * cols + c1] ?? 0) * tx;
      const bottom = (levels[r1 * cols + c0] ?? 0) * (1 - tx) + (levels[r1 * cols + c1] ?? 0) * tx;
      const paper = Math.max(1, WHITE_SHARE * (top * (1 - ty) + bottom * ty));
      const p = y * width + x;
      out[p] = Math.min(255, Math.round((255 * (grey[p] ?? 0)) / paper));
    }
  }
  return out;
}
