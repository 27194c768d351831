import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { installFastStreamCopy } from '../../src/render/lampiran/stream-copy.ts';

/** A PDF with a raw image-like stream, a drawn content stream and object streams: every kind of stream pdf-lib writes. */
async function sample(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([595, 842]);
  page.drawText('Lampiran I.10 – hal. 1 dari 1', { x: 50, y: 50, size: 9, font });
  const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251);
  page.node.addContentStream(doc.context.register(doc.context.stream(bytes, { Length: bytes.length })));
  return doc.save({ useObjectStreams: true });
}

describe('installFastStreamCopy', () => {
  it('writes the same bytes as pdf-lib does without it', async () => {
    const before = await sample();
    installFastStreamCopy();
    const after = await sample();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    expect(after.length).toBeGreaterThan(70_000);
  });
});
