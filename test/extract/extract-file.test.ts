import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract/extract-file.ts';
import { ExtractHost } from '../../src/extract/extract-host.ts';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../../src/extract/options.ts';
import {
  characterErrorRate,
  convert,
  docx,
  encryptPdf,
  mixedPdf,
  noiseBytes,
  textImage,
  textPdf,
  withExifOrientation,
  zip,
} from './helpers/fixtures.ts';
import { extractionSetup } from './helpers/extraction.ts';
import { SAMPLE_PAGES } from './helpers/sample-texts.ts';

/** A short paragraph keeps each OCR call around a second. */
const SHORT = 'Tim Koordinasi SPBE Kabupaten Sukamaju bertugas mengarahkan, memantau, dan mengevaluasi penerapan SPBE pada setiap perangkat daerah.';
const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, parseTimeoutMs: 30_000, ocrTimeoutMs: 60_000 };

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('extractFile', { timeout: 120_000 }, () => {
  const extraction = extractionSetup('extract', opts);
  const { run } = extraction;

  describe('PDF', () => {
    it('reads a born-digital PDF page by page, words and lines intact', async () => {
      const result = await run(await textPdf(SAMPLE_PAGES), 'sk-tim.pdf');
      expect(result).toMatchObject({ type: 'pdf', status: 'ok', message: '', ocrPages: 0, encrypted: false, pageCount: 3 });
      expect(result.pages.map((p) => p.source)).toEqual(['text', 'text', 'text']);
      result.pages.forEach((page, i) => expect(collapse(page.text)).toBe(collapse(SAMPLE_PAGES[i] ?? '')));
      expect(result.pages[0]?.text.split('\n').length).toBeGreaterThan(10);
    });

    it('OCRs a scanned PDF', async () => {
      const scan = textImage(SHORT, { dpi: 200, width: 1300, noisy: true });
      const result = await run(await mixedPdf([{ image: { bytes: scan, kind: 'jpeg', dpi: 200 } }]), 'pindaian.pdf');
      expect(result).toMatchObject({ status: 'ok', ocrPages: 1 });
      const page = result.pages[0];
      expect(page?.source).toBe('ocr');
      expect(page?.confidence).toBeGreaterThan(60);
      expect(characterErrorRate(SHORT, page?.text ?? '')).toBeLessThan(0.05);
    });

    it('OCRs full-page scans (upright or scanned sideways) from their own image, and renders an angled or partial one', async () => {
      const image = { bytes: textImage(SHORT, { dpi: 200, width: 1300, noisy: true }), kind: 'jpeg' as const, dpi: 200 };
      const pdf = await mixedPdf([
        { image },
        { image, placement: { pageRotation: 90 } },
        { image, placement: { angle: 1, scale: 0.96 } },
        { image, placement: { scale: 0.6 } },
      ]);
      const result = await run(pdf, 'pindaian-campuran.pdf');
      expect(result).toMatchObject({ status: 'ok', ocrPages: 4, embeddedImagePages: [1, 2] });
      for (const page of result.pages) {
        expect(page.source).toBe('ocr');
        expect(characterErrorRate(SHORT, page.text)).toBeLessThan(0.05);
      }
    });

    it('handles a mixed PDF page by page: text layer, OCR, blank', async () => {
      const scan = textImage(SHORT, { dpi: 300, width: 2000 });
      const pdf = await mixedPdf([{ text: SAMPLE_PAGES[1] ?? '' }, { image: { bytes: scan, kind: 'png', dpi: 300 } }, { blank: true }]);
      const result = await run(pdf, 'campuran.pdf');
      expect(result.status).toBe('ok');
      expect(result.pages.map((p) => p.source)).toEqual(['text', 'ocr', 'none']);
      expect(result.ocrPages).toBe(1);
      expect(result.pages[1]?.text).toContain('Koordinasi');
    });

    it('OCRs only the first maxOcrPages scanned pages and says which were skipped', async () => {
      const scan = { image: { bytes: textImage('Halaman pindaian', { dpi: 150, width: 900 }), kind: 'png' as const, dpi: 150 } };
      const result = await run(await mixedPdf([scan, scan, scan]), 'tiga.pdf', { maxOcrPages: 1 });
      expect(result.pages.map((p) => p.source)).toEqual(['ocr', 'none', 'none']);
      expect(result.warnings).toEqual(['OCR tidak dijalankan pada halaman 2–3 (batas halaman OCR).']);
    });

    it('reads an owner-password-only PDF normally and flags it encrypted', async () => {
      const pdf = encryptPdf(await textPdf(SAMPLE_PAGES.slice(0, 1)), '', extraction.dir);
      const result = await run(pdf, 'terkunci-pemilik.pdf');
      expect(result).toMatchObject({ status: 'ok', encrypted: true });
      expect(result.pages[0]?.text).toContain('Tim Koordinasi');
    });

    it('marks a user-password PDF as needing a password', async () => {
      const pdf = encryptPdf(await textPdf(['Rahasia']), 'user-secret', extraction.dir);
      const result = await run(pdf, 'berkata-sandi.pdf');
      expect(result).toMatchObject({ type: 'pdf', status: 'needs-password', pages: [] });
      expect(result.message).toContain('"berkata-sandi.pdf" dilindungi kata sandi');
    });

    it('marks a PDF without any text or image as no-text, saying its pages are blank', async () => {
      const result = await run(await mixedPdf([{ blank: true }, { blank: true }]), 'kosong.pdf');
      expect(result.status).toBe('no-text');
      expect(result.message).toContain('semua halamannya kosong');
      expect(result.pages).toHaveLength(2);
    });

    it('with OCR disabled, a scan yields no-text and says OCR did not run', async () => {
      const scan = textImage(SHORT, { dpi: 150, width: 1000 });
      const result = await run(await mixedPdf([{ image: { bytes: scan, kind: 'png', dpi: 150 } }]), 'scan.pdf', { ocr: false });
      expect(result).toMatchObject({ status: 'no-text', ocrPages: 0 });
      expect(result.message).toContain('OCR tidak dijalankan');
    });

    it('reads only maxPages pages of a longer document and marks it too-large', async () => {
      const result = await run(await textPdf(SAMPLE_PAGES), 'panjang.pdf', { maxPages: 2 });
      expect(result).toMatchObject({ status: 'too-large', pageCount: 3 });
      expect(result.pages).toHaveLength(2);
      expect(result.message).toContain('3 halaman, melebihi batas 2 halaman');
    });
  });

  describe('images', () => {
    it('OCRs a PNG and a noisy JPEG photo of text', async () => {
      const png = await run(textImage(SHORT, { dpi: 300, width: 2000 }), 'foto.png');
      expect(png).toMatchObject({ type: 'png', status: 'ok', ocrPages: 1 });
      expect(characterErrorRate(SHORT, png.pages[0]?.text ?? '')).toBeLessThan(0.03);
      const jpeg = await run(textImage(SHORT, { dpi: 300, width: 2000, noisy: true }), 'foto.jpg');
      expect(jpeg).toMatchObject({ type: 'jpeg', status: 'ok' });
      expect(characterErrorRate(SHORT, jpeg.pages[0]?.text ?? '')).toBeLessThan(0.05);
    });

    it('turns a phone photo upright according to its EXIF orientation', async () => {
      const upright = textImage(SHORT, { dpi: 300, width: 2000 });
      // Orientation 6 means "turn 90° clockwise to view": store the pixels turned 90° counter-clockwise.
      const stored = withExifOrientation(convert(['png:-', '-rotate', '-90', '-quality', '90'], 'jpeg', upright), 6);
      const result = await run(stored, 'foto-hp.jpg');
      expect(result.status).toBe('ok');
      expect(characterErrorRate(SHORT, result.pages[0]?.text ?? '')).toBeLessThan(0.05);
    });

    it('OCRs a TIFF directly, reading the first page of a multi-page TIFF with a warning', async () => {
      const single = await run(textImage(SHORT, { dpi: 300, width: 2000, format: 'tiff' }), 'pindai.tif');
      expect(single).toMatchObject({ type: 'tiff', status: 'ok', warnings: [] });
      expect(single.pages[0]?.text).toContain('Koordinasi');
      const page = textImage('Halaman satu', { dpi: 200, width: 800 });
      const multi = convert(['png:-', '-size', '400x300', 'xc:white', '-depth', '8', '-compress', 'lzw'], 'tiff', page);
      const result = await run(multi, 'dua-halaman.tif');
      expect(result.status).toBe('ok');
      expect(result.warnings).toEqual(['Hanya halaman pertama gambar TIFF yang dibaca; 1 halaman lainnya dilewati.']);
    });

    it('marks a TIFF that tesseract.js cannot decode (Deflate-compressed) unsupported, with a clear message', async () => {
      const tiff = convert(['png:-', '-depth', '8', '-compress', 'zip'], 'tiff', textImage('Halaman', { dpi: 150, width: 600 }));
      const result = await run(tiff, 'pindai-zip.tif');
      expect(result).toMatchObject({ type: 'tiff', status: 'unsupported' });
      expect(result.message).toContain('Gambar TIFF "pindai-zip.tif" memakai format atau kompresi yang tidak dapat dibaca OCR');
    });

    it('downscales a PNG over the megapixel cap before OCR', async () => {
      const big = textImage(SHORT, { dpi: 600, width: 4000, pointSize: 12 });
      const result = await run(big, 'besar.png', { maxMegapixels: 2 });
      expect(result.status).toBe('ok');
      expect(result.pages[0]?.text).toContain('Koordinasi');
    });

    it('refuses a TIFF over the cap, and any image far over it, as image-too-large', async () => {
      const tiff = convert(['-size', '3000x2000', 'xc:white', '-compress', 'lzw'], 'tiff');
      const result = await run(tiff, 'raksasa.tif', { maxMegapixels: 2 });
      expect(result).toMatchObject({ type: 'tiff', status: 'image-too-large' });
      expect(result.message).toContain('3000×2000 piksel');
      const png = convert(['-size', '4000x4000', 'xc:white'], 'png');
      expect((await run(png, 'raksasa.png', { maxMegapixels: 2 })).status).toBe('image-too-large');
    });

    it('marks a PNG with a broken header as corrupt', async () => {
      const png = textImage('Uji', { dpi: 72, width: 200 });
      const result = await run(png.subarray(0, 30), 'rusak.png');
      expect(result).toMatchObject({ type: 'png', status: 'corrupt' });
      expect(result.message).toContain('"rusak.png" rusak');
    });
  });

  describe('DOCX', () => {
    it('reads a DOCX, one page per explicit page break', async () => {
      const result = await run(await docx(SAMPLE_PAGES), 'laporan.docx');
      expect(result).toMatchObject({ type: 'docx', status: 'ok', pageCount: 3, ocrPages: 0 });
      result.pages.forEach((page, i) => {
        expect(page.source).toBe('text');
        expect(collapse(page.text)).toBe(collapse(SAMPLE_PAGES[i] ?? ''));
      });
    });

    it('marks an empty DOCX no-text and a broken one corrupt', async () => {
      expect((await run(await docx(['']), 'kosong.docx')).status).toBe('no-text');
      const broken = await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document><w:body><w:p>' });
      const result = await run(broken, 'rusak.docx');
      expect(result).toMatchObject({ type: 'docx', status: 'corrupt' });
      expect(result.message).toContain('"rusak.docx" rusak');
    });
  });

  describe('bad input', () => {
    it('marks a 0-byte file empty', async () => {
      const result = await run(new Uint8Array(0), 'nol.pdf');
      expect(result).toMatchObject({ status: 'empty', pages: [] });
      expect(result.message).toContain('"nol.pdf" kosong');
    });

    it('marks a truncated PDF and a PDF header followed by garbage corrupt', async () => {
      const pdf = await textPdf(SAMPLE_PAGES);
      const truncated = await run(pdf.subarray(0, Math.floor(pdf.length / 2)), 'terpotong.pdf');
      expect(truncated).toMatchObject({ type: 'pdf', status: 'corrupt' });
      expect(truncated.message).toContain('"terpotong.pdf"');
      const garbage = Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...noiseBytes(20_000)]);
      expect((await run(garbage, 'sampah.pdf')).status).toBe('corrupt');
    });

    it('marks random bytes and HTML saved as .pdf unsupported, saying the content is not a PDF', async () => {
      const random = await run(noiseBytes(10_000), 'acak.bin');
      expect(random).toMatchObject({ type: 'unknown', status: 'unsupported' });
      const html = new TextEncoder().encode('<!DOCTYPE html><html><head><title>404</title></head><body>Not Found</body></html>');
      const result = await run(html, 'unduhan.pdf');
      expect(result).toMatchObject({ type: 'unknown', status: 'unsupported' });
      expect(result.message).toContain('"unduhan.pdf" berakhiran .pdf tetapi isinya bukan PDF');
    });

    it('stops a parse that exceeds its time limit, then carries on with the next file', async () => {
      const pdf = await textPdf(SAMPLE_PAGES);
      const slow = await run(pdf, 'lambat.pdf', { parseTimeoutMs: 1 });
      expect(slow.status).toBe('corrupt');
      expect(slow.message).toContain('"lambat.pdf"');
      expect(slow.message).toContain('dihentikan karena melebihi');
      expect((await run(pdf, 'normal.pdf')).status).toBe('ok');
    });

    it('ends a file as corrupt when its worker thread runs out of memory, and the process carries on', async () => {
      const starved = new ExtractHost({ memoryLimitMb: 4 });
      try {
        const result = await extractFile(await textPdf(SAMPLE_PAGES), 'berat.pdf', opts, extraction.ocr, starved);
        expect(result.status).toBe('corrupt');
        expect(result.message).toContain('"berat.pdf" dihentikan karena kehabisan memori');
      } finally {
        await starved.close();
      }
      expect((await run(await textPdf(['Masih berjalan normal.']), 'berikut.pdf')).status).toBe('ok');
    });
  });

  it('reads a long document with both threads of an idle host, pages complete and in order', async () => {
    const wide = new ExtractHost({ size: 2 });
    try {
      const texts = Array.from({ length: 4 }, () => SAMPLE_PAGES).flat();
      const result = await extractFile(await textPdf(texts), 'panjang.pdf', opts, extraction.ocr, wide);
      expect(result).toMatchObject({ status: 'ok', pageCount: 12 });
      expect(result.pages.map((p) => p.no)).toEqual(texts.map((_, i) => i + 1));
      result.pages.forEach((page, i) => expect(collapse(page.text)).toBe(collapse(texts[i] ?? '')));
    } finally {
      await wide.close();
    }
  });

  it('extracts several files at once on a host with two worker threads', async () => {
    const wide = new ExtractHost({ size: 2 });
    try {
      const files = await Promise.all(SAMPLE_PAGES.map((page) => textPdf([page, page])));
      const results = await Promise.all(files.map((file, i) => extractFile(file, `berkas-${i}.pdf`, opts, extraction.ocr, wide)));
      results.forEach((result, i) => {
        expect(result.status).toBe('ok');
        expect(collapse(result.pages[1]?.text ?? '')).toBe(collapse(SAMPLE_PAGES[i] ?? ''));
      });
    } finally {
      await wide.close();
    }
  });
});
