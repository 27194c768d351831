/**
 * Retrieval of the instrument's own texts in documents, and the combiner of rule and retrieval scores, on real
 * texts: the Perbup of Minahasa Selatan and the Kemenko policy book (../shared/corpus/real, skipped with a note
 * when absent) and the invented Sukamaju documents of texts.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyDocument, explainClassification } from '../../src/classify/index.ts';
import { buildDocModel } from '../../src/classify/document.ts';
import { combine } from '../../src/classify/combine.ts';
import { fitCombiner } from '../../src/classify/combine-fit.ts';
import type { LabelledPair } from '../../src/classify/combine-fit.ts';
import { indicatorIndex } from '../../src/classify/retrieval/cache.ts';
import { buildIndicatorIndex } from '../../src/classify/retrieval/indicator-index.ts';
import type { IndicatorIndex } from '../../src/classify/retrieval/indicator-index.ts';
import { expansionTerms, termConcepts } from '../../src/classify/retrieval/expansion.ts';
import { TermMap } from '../../src/classify/retrieval/terms.ts';
import { EMPTY_LEXICON } from '../../src/classify/lexicon.ts';
import { retrieve } from '../../src/classify/retrieval/retrieve.ts';
import { splitSections } from '../../src/classify/retrieval/sections.ts';
import { skeletonTokens } from '../../src/classify/normalize.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { packageRoot } from '../../src/shared/package-root.ts';
import type { CombinerFeatures, OwnInstansi } from '../../src/types/classification.ts';
import { KEMENKO, SHA, SUKAMAJU, pagesOf, rules } from './helpers.ts';
import { LAPORAN_AUDIT_KEAMANAN, SK_TIM_KOORDINASI, SURAT_CUTI } from './texts.ts';

const REAL = path.join(packageRoot(), '..', 'shared', 'corpus', 'real');
const hasShared = existsSync(REAL);
if (!hasShared) console.warn(`[classify] korpus nyata tidak ada di ${REAL}; uji temu-kembali pada dokumen nyata dilewati.`);

const MINSEL: OwnInstansi = { nama: 'Kabupaten Minahasa Selatan', jenis: 'kabupaten', kota: 'Amurang', kop: [] };

function perbupPages(): { no: number; text: string }[] {
  return [{ no: 1, text: readFileSync(path.join(REAL, 'Perbup_Minahasa_Selatan_15_2025_Penyelenggaraan_SPBE.txt'), 'utf8') }];
}

function pdfPages(file: string): { no: number; text: string }[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(REAL, file), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').map((t, i) => ({ no: i + 1, text: t }));
}

const index = indicatorIndex(rules);

describe('retrieval terms: one root per word family', () => {
  it.each([
    [['mengoordinasikan', 'pengoordinasian', 'koordinasi'], 'koordinasi'],
    [['pelayanan', 'layanan'], 'iayanan'],
    [['diaudit', 'pengauditan', 'audit'], 'audit'],
  ])('%j share the term of the instrument (skeleton form, l read as i)', (words, root) => {
    const terms = words.map((w) => index.terms.termOf(skeletonTokens(w)[0] ?? ''));
    expect(new Set(terms)).toEqual(new Set([root]));
  });
});

describe('the pack lexicon on the index side', () => {
  it("a passage naming a concept gains its other forms' words, not its own words nor administrative ones", () => {
    const terms = new TermMap(['manajemen', 'risiko', 'daerah']);
    const concepts = termConcepts({ concepts: [['manajemen risiko', 'risk management'], ['audit keamanan', 'security audit']] }, (t) => skeletonTokens(t), terms);
    const gained = expansionTerms(['penerapan', 'manajemen', 'risiko', 'daerah'], concepts, new Set(['daerah']));
    expect([...gained].sort()).toEqual(['management', 'risk']);
    expect(expansionTerms(['manajemen', 'data'], concepts, new Set()).size).toBe(0);
  });
});

describe('retrieval of the instrument texts in a document', () => {
  it('finds the Tim Koordinasi in an SK and names the instrument text it matched', () => {
    const doc = buildDocModel(pagesOf(SK_TIM_KOORDINASI), rules.aliases);
    const r = retrieve(index, doc);
    expect(r.score(19)).toBeGreaterThan(r.score(33));
    expect(Math.max(r.score(10), r.score(19))).toBe(r.top);
    const hit = r.hit(10);
    expect(hit?.snippet.length).toBeGreaterThan(0);
    expect(['nama', 'pertanyaan', 'penjelasan', 'kriteria', 'bukti', 'pemenuhan']).toContain(hit?.matched.source);
  });

  it('an audit report retrieves the security audit, a leave letter hardly anything', () => {
    const audit = retrieve(index, buildDocModel(pagesOf(LAPORAN_AUDIT_KEAMANAN), rules.aliases));
    const leave = retrieve(index, buildDocModel(pagesOf(SURAT_CUTI), rules.aliases));
    expect(audit.score(31)).toBeGreaterThan(0.15);
    expect(audit.score(31)).toBeGreaterThan(audit.score(10));
    expect(leave.top).toBeLessThan(audit.score(31));
  });

  it("an English vendor report meets the instrument's texts through the pack lexicon (steering committee = Tim Koordinasi)", () => {
    const text = [
      'IT STEERING COMMITTEE',
      'Minutes of the quarterly meeting',
      'The IT steering committee reviewed the work program for 2025 and the progress of the digital government roadmap.',
      'The committee agreed the work plan and assigned each unit its tasks.',
    ].join('\n');
    const doc = buildDocModel([{ no: 1, text }], rules.aliases);
    const r = retrieve(index, doc);
    const bare = retrieve(buildIndicatorIndex(rules.texts, rules.aliases, EMPTY_LEXICON), doc);
    expect(r.score(19)).toBeGreaterThan(0.1);
    expect(r.score(19)).toBeGreaterThan(bare.score(19));
    expect(r.score(19)).toBeGreaterThan(r.score(33));
    expect(r.hit(19)?.snippet).toMatch(/steering committee/i);
  });

  it('an indicator gains the words of the other forms of the concepts its texts name, weighted below its own', () => {
    const k = index.indicators.indexOf(21);
    const own = index.ids.get(index.terms.termOf('risiko') ?? '');
    const gained = index.ids.get(index.terms.termOf('risk') ?? '');
    expect(own).toBeDefined();
    expect(gained).toBeDefined();
    const weights = index.vectors[k];
    expect(weights?.get(gained ?? -1)).toBeGreaterThan(0);
    expect(weights?.get(gained ?? -1)).toBeLessThan(weights?.get(own ?? -1) ?? 0);
  });

  it('an English text that writes no whole lexicon form still retrieves its indicator word by word (risks, owner, likelihood)', () => {
    const text = [
      'Quarterly review of our risks.',
      'Each risk has an owner, a likelihood and an impact score; the treatment of every risk is tracked by the unit that owns it.',
    ].join('\n');
    const doc = buildDocModel([{ no: 1, text }], rules.aliases);
    const bare = buildIndicatorIndex(rules.texts, rules.aliases, EMPTY_LEXICON);
    const ranked = (ix: IndicatorIndex): number[] => {
      const r = retrieve(ix, doc);
      return [...ix.indicators].sort((a, b) => r.score(b) - r.score(a));
    };
    expect(ranked(index)[0]).toBe(21);
    expect(ranked(bare)[0]).not.toBe(21);
  });

  it('the pemdi-2026 pack: its lexicon reaches its retrieval index the same way', () => {
    const pemdi = loadPack('pemdi-2026').rules;
    const text = 'Architecture blueprint: the business, application, data and infrastructure architecture of the agency for the next five years.';
    const doc = buildDocModel([{ no: 1, text }], pemdi.aliases);
    const full = retrieve(buildIndicatorIndex(pemdi.texts, pemdi.aliases, pemdi.lexicon), doc);
    const bare = retrieve(buildIndicatorIndex(pemdi.texts, pemdi.aliases, EMPTY_LEXICON), doc);
    expect(full.top).toBeGreaterThan(0.05);
    expect(full.top).toBeGreaterThan(5 * bare.top);
  });

  it.skipIf(!hasShared)('Perbup Minahasa Selatan: sections follow BAB/Bagian, and each topic is found in its own Bagian', () => {
    const doc = buildDocModel(perbupPages(), rules.aliases);
    const sections = splitSections(doc);
    expect(sections.length).toBeGreaterThan(20);
    expect(sections.some((s) => /^Bagian Ketiga/i.test(s.heading) && /Keamanan/i.test(s.heading))).toBe(true);
    const r = retrieve(index, doc);
    expect(r.hit(8)?.heading).toMatch(/Keamanan/i);
    expect(r.hit(9)?.heading).toMatch(/Audit/i);
    expect(r.hit(3)?.heading).toMatch(/Data/i);
  });

  it.skipIf(!hasShared)('Kemenko policy book: the table of contents is no section, so it is never the matching passage', () => {
    const doc = buildDocModel(pdfPages('Kebijakan_Layanan_SPBE_v3.3.2.pdf'), rules.aliases);
    const r = retrieve(index, doc);
    for (const no of [1, 2, 3, 4, 8]) expect(r.hit(no)?.snippet ?? '').not.toMatch(/\.{4,}\s*\d+\s*$/);
  });
});

describe('combiner of rule and retrieval scores', () => {
  const weights = rules.combiner?.weights;
  const base: CombinerFeatures = { rule: 0.55, retrieval: 0.3, retrievalShare: 1, kind: 1, hint: 0 };

  it('the spbe-2020 pack has a fitted combiner; the pemdi-2026 pack has none and keeps its rule scores', () => {
    expect(weights).toBeDefined();
    expect(rules.combiner?.fit?.crossValidatedF1).toBeGreaterThan(0.9);
    expect(loadPack('pemdi-2026').rules.combiner).toBeNull();
  });

  it('more rule evidence, more retrieval and a better-fitting kind each raise the probability', () => {
    if (weights === undefined) throw new Error('no combiner');
    const p = combine(base, weights);
    expect(combine({ ...base, rule: 0.8 }, weights)).toBeGreaterThan(p);
    expect(combine({ ...base, retrieval: 0.5 }, weights)).toBeGreaterThan(p);
    expect(combine({ ...base, kind: 0.4 }, weights)).toBeLessThan(p);
  });

  it('a borderline rule score is decided by the retrieval: the topic found in the text accepts, none rejects', () => {
    if (weights === undefined) throw new Error('no combiner');
    expect(combine({ ...base, rule: 0.5, retrieval: 0.35, retrievalShare: 1 }, weights)).toBeGreaterThanOrEqual(0.5);
    expect(combine({ ...base, rule: 0.5, retrieval: 0.03, retrievalShare: 0.1 }, weights)).toBeLessThan(0.5);
  });

  it('retrieval alone never accepts a pair the rules do not score', () => {
    if (weights === undefined) throw new Error('no combiner');
    expect(combine({ rule: 0, retrieval: 1, retrievalShare: 1, kind: 1, hint: 1 }, weights)).toBeLessThan(0.5);
  });

  it('fitting separates labelled pairs, and a larger penalty gives smaller weights', () => {
    const pairs: LabelledPair[] = [];
    for (let i = 0; i <= 20; i++) {
      const rule = i / 20;
      pairs.push({ features: { ...base, rule, retrieval: rule / 2 }, positive: rule > 0.5 });
    }
    const loose = fitCombiner(pairs, 0.01);
    const tight = fitCombiner(pairs, 10);
    expect(combine({ ...base, rule: 0.9, retrieval: 0.45 }, loose)).toBeGreaterThan(0.9);
    expect(combine({ ...base, rule: 0.1, retrieval: 0.05 }, loose)).toBeLessThan(0.1);
    expect(Math.abs(tight.rule)).toBeLessThan(Math.abs(loose.rule));
  });
});

describe('classification with the combiner', () => {
  it('an SK Tim Koordinasi: mappings carry the features and the matching passage; explain names the criterion', () => {
    const c = classifyDocument({ sha256: SHA, paths: ['BagianHukum/SK Tim Koordinasi.pdf'], pages: pagesOf(SK_TIM_KOORDINASI) }, rules, {
      threshold: 0.5,
      instansi: SUKAMAJU,
    });
    const m = c.mappings.find((x) => x.indicator === 10);
    expect(m?.features?.retrieval).toBeGreaterThan(0);
    expect(m?.retrieval?.page).toBe(1);
    const text = explainClassification(c, new Map([[10, 'Kebijakan Internal Tim Koordinasi SPBE']])).join('\n');
    expect(text).toMatch(/teks instrumen yang paling cocok: (nama indikator|pertanyaan indikator|penjelasan indikator|kriteria tingkat \d|bukti dukung tingkat \d|kriteria pemenuhan tingkat \d) \(kemiripan \d,\d+\), di hal\. 1/);
    expect(text).toMatch(/skor aturan frasa \d,\d+/);
  });

  it('without a combiner the rule scores stand and mappings carry no features', () => {
    const input = { sha256: SHA, paths: ['BagianHukum/SK Tim Koordinasi.pdf'], pages: pagesOf(SK_TIM_KOORDINASI) };
    const c = classifyDocument(input, { ...rules, combiner: null }, { threshold: 0.5, instansi: SUKAMAJU });
    expect(c.mappings.map((m) => m.indicator)).toContain(10);
    expect(c.mappings.every((m) => m.features === undefined && m.retrieval === undefined)).toBe(true);
  });

  it('accepted mappings just above the threshold are "rendah": they go to the review queue', () => {
    const input = { sha256: SHA, paths: ['BagianHukum/SK Tim Koordinasi.pdf'], pages: pagesOf(SK_TIM_KOORDINASI) };
    const review = rules.combiner?.review ?? 0;
    const c = classifyDocument(input, rules, { threshold: 0.5, instansi: SUKAMAJU });
    for (const m of c.mappings) {
      if (m.score < 0.5 + review) expect(m.confidence).toBe('rendah');
      else expect(m.confidence).not.toBe('rendah');
    }
    const strict = classifyDocument(input, rules, { threshold: (c.mappings[0]?.score ?? 0.9) - 0.01, instansi: SUKAMAJU });
    expect(strict.mappings[0]?.confidence).toBe('rendah');
  });

  it.skipIf(!hasShared)('Perbup Minahasa Selatan for its own kabupaten: policy indicators only, with fewer scores near the threshold', () => {
    const input = { sha256: SHA, paths: ['BagianHukum/Perbup 15 2025.txt'], pages: perbupPages() };
    const c = classifyDocument(input, rules, { threshold: 0.5, instansi: MINSEL });
    const got = c.mappings.map((m) => m.indicator);
    expect(got.every((n) => n <= 10)).toBe(true);
    expect(got).toEqual(expect.arrayContaining([1, 2, 3, 8, 9, 10]));
  });

  it.skipIf(!hasShared)('a national regulation is no evidence even though its text matches the instrument closely', () => {
    const c = classifyDocument({ sha256: SHA, paths: ['Diskominfo/PAN_RB_No_59_Tahun_2020_SPBE.pdf'], pages: pdfPages('PAN_RB_No_59_Tahun_2020_SPBE.pdf') }, rules, {
      threshold: 0.5,
      instansi: KEMENKO,
    });
    expect(c.mappings).toEqual([]);
  });
});
