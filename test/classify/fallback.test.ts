/**
 * The retrieval fallback (src/classify/retrieval/fallback.ts, thresholds in the pack's combiner.yaml): a report
 * that describes an activity in the instrument's own terms without its usual title or key phrases maps to nothing
 * by the phrase rules; the retrieval's top indicator (kind weighed) is accepted at the threshold, "rendah", with
 * the reason. Press releases and offers on the same activity, and letters on other topics, stay unmapped.
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/classify/index.ts';
import { explainClassification } from '../../src/classify/explain.ts';
import { clears, fallbackTop } from '../../src/classify/retrieval/fallback.ts';
import { combine, combinerFileSchema } from '../../src/classify/combine.ts';
import { fitCombiner, withRuleDropout } from '../../src/classify/combine-fit.ts';
import type { LabelledPair } from '../../src/classify/combine-fit.ts';
import { SHA, SUKAMAJU, accepted, classify, pagesOf, rules } from './helpers.ts';

/** Change management described by what was done, in the penjelasan's words, without "manajemen perubahan". */
const IMPLICIT_CHANGES = `PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
LAPORAN KEGIATAN TRIWULAN III TAHUN 2025

Selama triwulan ketiga setiap perubahan aplikasi, perubahan perangkat keras, perubahan perangkat lunak dan perubahan infrastruktur jaringan dicatat dalam satu formulir usulan. Setiap usulan melalui tahap perencanaan, analisis dampak, pengembangan, implementasi, pemantauan dan evaluasi agar keberlangsungan layanan tetap terjaga.
Sebanyak 27 usulan dibahas pemilik aplikasi dan petugas teknis sebelum dikerjakan; 21 disetujui, 4 ditunda dan 2 ditolak. Usulan yang disetujui diuji lebih dulu di server uji, dan pengguna diberi tahu jadwalnya satu minggu sebelumnya.
Sukamaju, 6 Oktober 2025
Kepala Bidang Aplikasi Informatika`;

const PRESS_RELEASE = `SIARAN PERS
DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
Diskominfo Catat Setiap Perubahan Aplikasi

Sukamaju — Selama triwulan ketiga setiap perubahan aplikasi, perubahan perangkat keras, perubahan perangkat lunak dan perubahan infrastruktur jaringan dicatat dalam satu formulir usulan, kata Kepala Dinas kepada wartawan, Senin (6/10). Setiap usulan melalui tahap perencanaan, analisis dampak, pengembangan, implementasi, pemantauan dan evaluasi agar keberlangsungan layanan tetap terjaga.
Narahubung: Humas Diskominfo`;

const OFFER = `PT SOLUSI PRIMA TEKNOLOGI
Jl. Merdeka No. 10, Jakarta
Nomor: 045/SPT/X/2025
Perihal: Penawaran Jasa Pendampingan
Kepada Yth. Kepala Dinas Komunikasi dan Informatika Kabupaten Sukamaju

Dengan hormat, kami menawarkan jasa pendampingan untuk mencatat setiap perubahan aplikasi, perubahan perangkat keras, perubahan perangkat lunak dan perubahan infrastruktur jaringan. Pendampingan meliputi perencanaan, analisis dampak, pengembangan, implementasi, pemantauan dan evaluasi agar keberlangsungan layanan tetap terjaga. Harga penawaran Rp 145.000.000 belum termasuk pajak, berlaku 30 hari.
Hormat kami,
Direktur Utama`;

const OTHER_TOPIC = `PEMERINTAH KABUPATEN SUKAMAJU
SEKRETARIAT DAERAH
Nomor: 005/118/Setda/2025
Perihal: Kegiatan Jalan Sehat dan Donor Darah Hari Jadi Kabupaten

Dalam rangka Hari Jadi Kabupaten Sukamaju ke-78, Sekretariat Daerah menyelenggarakan jalan sehat dan donor darah pada hari Minggu, 12 Oktober 2025 pukul 06.00 di alun-alun. Seluruh pegawai diharapkan hadir dengan pakaian olahraga, membawa kartu identitas, dan mendaftar melalui koordinator masing-masing Perangkat Daerah paling lambat 8 Oktober 2025.
Demikian untuk menjadi perhatian.
Sekretaris Daerah`;

const withoutFallback = { ...rules, combiner: rules.combiner === null ? null : { ...rules.combiner, fallback: null } };

describe('the retrieval fallback', () => {
  it('is pack data fit on the tuning sets', () => {
    expect(rules.combiner?.fallback).toMatchObject({ score: expect.any(Number), margin: expect.any(Number) });
  });

  it('maps an implicit-topic report the phrase rules miss, with low confidence and the reason', () => {
    const plain = classifyDocument({ sha256: SHA, paths: ['Diskominfo/laporan.pdf'], pages: pagesOf(IMPLICIT_CHANGES) }, withoutFallback, { threshold: 0.5, instansi: SUKAMAJU });
    expect(accepted(plain)).toEqual([]);
    const c = classify(IMPLICIT_CHANGES, ['Diskominfo/laporan.pdf']);
    expect(accepted(c)).toEqual([27]);
    const m = c.mappings[0];
    expect(m?.confidence).toBe('rendah');
    expect(m?.reasons.some((r) => r.rule === 'perkiraan.temu-kembali')).toBe(true);
    const text = explainClassification(c, new Map()).join('\n');
    expect(text).toContain('perkiraan dari isi');
    expect(text).toContain('perlu ditinjau');
    expect(text).toContain('teks instrumen yang paling cocok');
  });

  it('leaves a press release and an offer on the same activity, and a letter on another topic, unmapped', () => {
    for (const text of [PRESS_RELEASE, OFFER, OTHER_TOPIC]) expect(accepted(classify(text, ['Diskominfo/dokumen.pdf']))).toEqual([]);
  });

  it('does not act on a document the rules map', () => {
    const c = classify(IMPLICIT_CHANGES.replace('LAPORAN KEGIATAN TRIWULAN III', 'LAPORAN MANAJEMEN PERUBAHAN SPBE TRIWULAN III'), ['Diskominfo/laporan.pdf']);
    expect(accepted(c)).toContain(27);
    expect(c.mappings.every((m) => m.reasons.every((r) => r.rule !== 'perkiraan.temu-kembali'))).toBe(true);
  });

  it('weighs the kind: the top indicator is the one the retrieval times the kind factor ranks first, its lead relative', () => {
    const top = fallbackTop([
      { indicator: 6, features: { retrieval: 0.4, kind: 0.4 } },
      { indicator: 17, features: { retrieval: 0.3, kind: 1 } },
    ]);
    expect(top).toMatchObject({ indicator: 17, score: 0.3 });
    expect(top?.second).toBeCloseTo(0.16, 6);
    expect(top?.margin).toBeCloseTo(0.467, 3);
    expect(top !== null && clears(top, { score: 0.2, margin: 0.5 })).toBe(false);
    expect(fallbackTop([])).toBeNull();
  });
});

describe('rule dropout in the combiner fit', () => {
  // Positives carry both a rule score and a high retrieval; fit without dropout, the rule score explains them.
  const base = { retrievalShare: 1, kind: 1, hint: 0 };
  const pairs: LabelledPair[] = [];
  for (let i = 0; i < 40; i++) {
    const positive = i % 4 === 0;
    pairs.push({ features: { ...base, rule: positive ? 0.9 : 0.05, retrieval: positive ? 0.5 : 0.05 + (i % 5) * 0.02 }, positive });
  }

  it('copies every pair the rules score with the rule zeroed, weighted by the rate', () => {
    const out = withRuleDropout(pairs, 0.5);
    expect(out).toHaveLength(80);
    expect(out.slice(40).every((p) => p.features.rule === 0 && p.weight === 0.5)).toBe(true);
    expect(withRuleDropout(pairs, 0)).toHaveLength(40);
  });

  it('teaches the fit how far retrieval alone goes', () => {
    const alone = { ...base, rule: 0, retrieval: 0.5 };
    expect(combine(alone, fitCombiner(withRuleDropout(pairs, 0.5), 0.3))).toBeGreaterThan(combine(alone, fitCombiner(pairs, 0.3)));
  });
});

describe('the fallback in combiner.yaml', () => {
  it('needs a review band, so its picks at the threshold are "rendah"', () => {
    const file = { formatVersion: 1, weights: { intercept: 0, rule: 1, retrieval: 0, retrievalShare: 0, kind: 0, hint: 0, ruleRetrieval: 0 }, retrievalAlone: 0.3, fallback: { score: 0.2, margin: 0.2 } };
    expect(combinerFileSchema.safeParse({ ...file, review: 0.1 }).success).toBe(true);
    expect(combinerFileSchema.safeParse({ ...file, review: 0 }).success).toBe(false);
    expect(combinerFileSchema.safeParse({ ...file, review: 0, fallback: null }).success).toBe(true);
  });
});
