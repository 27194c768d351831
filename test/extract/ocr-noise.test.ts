/**
 * Leptonica's notes on an empty clip ("Error in boxClipToRectangle: box outside rectangle", "Error in
 * pixScanForForeground: invalid box"), printed by tesseract.js's worker thread on some levelled phone photos, stay off
 * the stderr of `eviden scan`; other lines, other Leptonica errors among them, pass.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutHarmlessNotes } from '../../src/extract/ocr-noise.ts';
import { artifactBytes } from '../../scripts/fixtures/artifact.ts';
import { e2eDocs, generaliseDocs } from '../../scripts/fixtures/generalise-e2e/set.ts';
import { makeWorkspace, runEviden } from '../helpers/workspace.ts';

const CLIP = 'Error in boxClipToRectangle: box outside rectangle';
const SCAN = 'Error in pixScanForForeground: invalid box';

describe("Leptonica's harmless notes", () => {
  it('drops exactly those lines and keeps every other one, a trailing partial line too', () => {
    expect(withoutHarmlessNotes(`${CLIP}\n${SCAN}\n`)).toBe('');
    expect(withoutHarmlessNotes(`Memindai 3 berkas\n${CLIP}\nError in pixReadStreamPng: read failed\n`)).toBe('Memindai 3 berkas\nError in pixReadStreamPng: read failed\n');
    const untouched = 'Error in pixClipRectangle: pix not defined\n\r[####      ] 40%';
    expect(withoutHarmlessNotes(untouched)).toBe(untouched);
    expect(withoutHarmlessNotes(`awal ${CLIP}\n`)).toBe(`awal ${CLIP}\n`);
  });

  // A generalisation-set phone photo whose levelled image makes Tesseract probe a box beyond the page.
  it('are not printed while `eviden scan` reads a levelled phone photo that triggers them', { timeout: 300_000 }, async () => {
    const [photo] = await e2eDocs(generaliseDocs().filter((d) => d.doc.id === 'p5-panduan-aset'));
    expect(photo?.form).toBe('foto');
    if (photo === undefined) return;
    const ws = makeWorkspace();
    try {
      const file = path.join(ws.watch, photo.artifact.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, await artifactBytes(photo.artifact));
      const scan = runEviden(ws.root, 'scan', '--json');
      expect(scan.code, scan.stderr).toBe(0);
      // The photo was read by OCR, and nothing of Leptonica's notes reached the terminal.
      const result = JSON.parse(scan.stdout) as { extracted: number; ocrPages: number; problems: unknown[] };
      expect(result).toMatchObject({ extracted: 1, ocrPages: 1, problems: [] });
      expect(scan.stderr).not.toContain('boxClipToRectangle');
      expect(scan.stderr).not.toContain('pixScanForForeground');
    } finally {
      ws.cleanup();
    }
  });
});
