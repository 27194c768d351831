import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/extract/image-header.ts';
import { convert, textImage, withExifOrientation } from './helpers/fixtures.ts';

describe('readImageHeader', () => {
  it('reads size and declared dpi of PNG, JPEG and TIFF written by ImageMagick', () => {
    for (const format of ['png', 'jpeg', 'tiff'] as const) {
      const bytes = convert(['-size', '640x480', 'xc:white', '-units', 'PixelsPerInch', '-density', '200'], format);
      expect(readImageHeader(bytes, format)).toMatchObject({ width: 640, height: 480, dpi: 200, orientation: 1, pages: 1 });
    }
  });

  it('reads the EXIF orientation of a phone photo', () => {
    const jpeg = textImage('Foto', { dpi: 72, width: 200, format: 'jpeg' });
    expect(readImageHeader(withExifOrientation(jpeg, 6), 'jpeg')?.orientation).toBe(6);
  });

  it('counts the pages of a multi-page TIFF', () => {
    const tiff = convert(['-size', '100x100', 'xc:white', 'xc:black', 'xc:gray'], 'tiff');
    expect(readImageHeader(tiff, 'tiff')?.pages).toBe(3);
  });

  it('returns null for a truncated header', () => {
    const png = textImage('Uji', { dpi: 72, width: 100 });
    expect(readImageHeader(png.subarray(0, 20), 'png')).toBeNull();
    expect(readImageHeader(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00]), 'jpeg')).toBeNull();
  });
});
