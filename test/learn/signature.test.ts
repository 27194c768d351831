import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature, MIN_SHINGLES, signatureOf, signatureWords, similarity, type Signature } from '../../src/learn/signature.ts';
import { SIMILAR_THRESHOLD } from '../../src/learn/propagate.ts';
import { LAPORAN_LITERASI, LAPORAN_SMT_1, LAPORAN_SMT_2, SK_PANITIA, SK_TIM_2024, SK_TIM_2025 } from './texts.ts';

function sig(text: string): Signature {
  const s = signatureOf(text);
  if (s === null) throw new Error('no signature');
  return s;
}

describe('similarity signatures', () => {
  it('folds numbers, dates, months and roman numerals to placeholders', () => {
    expect(signatureWords('Semester II Tahun 2025, 12 Maret 2025 nomor 100.3/Kep.87')).toEqual(['semester', '#', 'tahun', '#', 'nomor', '#', 'kep', '#']);
    expect(signatureWords('SISTEM Pemerintahan')).toEqual(['sistem', 'pemerintahan']);
  });

  it("matches next year's version of a Keputusan above the threshold", () => {
    expect(similarity(sig(SK_TIM_2024), sig(SK_TIM_2025))).toBeGreaterThanOrEqual(SIMILAR_THRESHOLD + 0.2);
  });

  it('matches the same report for another semester', () => {
    expect(similarity(sig(LAPORAN_SMT_1), sig(LAPORAN_SMT_2))).toBeGreaterThanOrEqual(0.9);
  });

  it('does not match an unrelated document with the same kop and the same legal boilerplate', () => {
    const skPanitia = similarity(sig(SK_TIM_2025), sig(SK_PANITIA));
    expect(skPanitia).toBeGreaterThan(0.1); // they do share a template…
    expect(skPanitia).toBeLessThan(SIMILAR_THRESHOLD - 0.1); // …but are not versions of one another
    expect(similarity(sig(LAPORAN_SMT_2), sig(LAPORAN_LITERASI))).toBeLessThan(0.2);
  });

  it('gives no signature to a text too short to compare', () => {
    expect(signatureOf('SRIKANDI Masuk Nama pengguna Kata sandi Lupa kata sandi')).toBeNull();
    expect(MIN_SHINGLES).toBeGreaterThan(10);
  });

  it('round-trips through its stored form and refuses other versions', () => {
    const s = sig(SK_TIM_2024);
    const text = encodeSignature(s);
    const back = decodeSignature(text);
    expect(back).not.toBeNull();
    expect(similarity(s, back!)).toBe(1);
    expect(decodeSignature(text.replace('minhash-v1', 'minhash-v0'))).toBeNull();
    expect(decodeSignature(`${text.split(':')[0]}:AAAA`)).toBeNull();
  });
});
