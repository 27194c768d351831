import { describe, expect, it } from 'vitest';
import { flattenIllumination } from '../../src/extract/illumination.ts';

/** A page photographed under a lamp: paper from 250 (top left) down to 110 (bottom right), ink strokes at half of it. */
function unevenPage(width: number, height: number): { grey: Uint8Array; ink: boolean[] } {
  const grey = new Uint8Array(width * height);
  const ink: boolean[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const paper = 250 - 140 * ((x / width + y / height) / 2);
      // Strokes 3 px wide every 10 px on text lines 12 px high every 30 px, with a margin.
      const stroke = x > 40 && x < width - 40 && y % 30 < 12 && y > 40 && y < height - 40 && x % 10 < 3;
      ink.push(stroke);
      grey[y * width + x] = Math.round(stroke ? paper * 0.5 : paper);
    }
  }
  return { grey, ink };
}

const maxOf = (xs: Iterable<number>): number => [...xs].reduce((a, b) => Math.max(a, b), -Infinity);
const minOf = (xs: Iterable<number>): number => [...xs].reduce((a, b) => Math.min(a, b), Infinity);

describe('flattening the lighting of a photographed page', () => {
  const width = 600;
  const height = 800;
  const { grey, ink } = unevenPage(width, height);

  it('no single threshold separates ink from paper before', () => {
    const brightestInk = maxOf([...grey].filter((_, i) => ink[i]));
    const darkestPaper = minOf([...grey].filter((_, i) => !ink[i]));
    expect(brightestInk).toBeGreaterThan(darkestPaper);
  });

  it('makes the paper white everywhere and keeps the ink dark, so one threshold does', () => {
    const flat = flattenIllumination(grey, width, height);
    expect(flat.length).toBe(grey.length);
    const paper = [...flat].filter((_, i) => !ink[i]);
    const strokes = [...flat].filter((_, i) => ink[i]);
    expect(minOf(paper)).toBeGreaterThanOrEqual(250);
    expect(maxOf(strokes)).toBeLessThan(160);
  });

  it('on an evenly lit page only lifts the paper to white (ink keeps its contrast)', () => {
    const even = new Uint8Array(width * height).fill(200);
    for (let i = 0; i < even.length; i += 7) even[i] = 60;
    const flat = flattenIllumination(even, width, height);
    expect(flat[0]).toBe(Math.round((255 * 60) / (0.85 * 200)));
    expect(flat[1]).toBe(255);
  });
});
