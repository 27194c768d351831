import { describe, expect, it } from 'vitest';
import { applyDecisions, explainClassification, isLoginOnly, parseRules, pathHints } from '../../src/classify/index.ts';
import type { ReviewerDecision } from '../../src/types/classification.ts';
import { buildAliasIndex, buildDocModel } from '../../src/classify/document.ts';
import { compileMatcher, matchPhrases } from '../../src/classify/matcher.ts';
import { skeleton } from '../../src/classify/normalize.ts';
import { stemCandidates } from '../../src/classify/stem.ts';
import { UserError } from '../../src/shared/errors.ts';
import { classify, rules, SHA } from './helpers.ts';
import { NOTULEN_TIM_KOORDINASI, SCREENSHOT_LOGIN, SCREENSHOT_SRIKANDI, SK_TIM_KOORDINASI } from './texts.ts';

const SPBE_NUMBERS = rules.indicatorNumbers;

describe('path hints', () => {
  it.each([
    ['OPD/I10/a.pdf', [10]],
    ['OPD/I-7/a.pdf', [7]],
    ['OPD/Ind 10/a.pdf', [10]],
    ['OPD/Ind.10/a.pdf', [10]],
    ['OPD/Indikator 10/a.pdf', [10]],
    ['OPD/Indikator ke-10/a.pdf', [10]],
    ['OPD/10 - Tim Koordinasi/a.pdf', [10]],
    ['OPD/IK-10_NamaDokumen_2026.pdf', [10]],
    ['OPD/Indikator1a-Permen-TataKelolaSPBE.pdf', [1]],
    ['OPD/Indikator_01.pdf', [1]],
    ['OPD/Indikator 1-10 Kebijakan/a.pdf', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['OPD/Indikator 10 dan 19/a.pdf', [10, 19]],
    ['OPD/2025/a.pdf', []],
    ['OPD/Nomor 10 Tahun 2025.pdf', []],
    ['OPD/Perbup_81_tahun_2021.pdf', []],
    ['OPD/Laptop_Core_i5.pdf', []],
    ['OPD/Indikator 48/a.pdf', []],
    ['OPD/01_Undangan.pdf', []],
  ])('%s → %j', (path, expected) => {
    expect(pathHints([path], SPBE_NUMBERS).map((h) => h.indicator)).toEqual(expected);
  });

  it('collects hints from every location of the document', () => {
    expect(pathHints(['A/Indikator 10/sk.pdf', 'B/I19/sk.pdf'], SPBE_NUMBERS).map((h) => h.indicator)).toEqual([10, 19]);
  });
});

describe('matching primitives', () => {
  it('folds OCR confusions into one skeleton', () => {
    expect(skeleton('Koordinasl')).toBe(skeleton('KOORDINASI'));
    expect(skeleton('Pemerintahan')).toBe(skeleton('Pemerintahan'));
    expect(skeleton('Pernerintahan')).toBe(skeleton('Pemerintahan'));
    expect(skeleton('$istem')).toBe(skeleton('sistem'));
    expect(skeleton('2O25')).toBe('2025');
  });

  it.each([
    ['mengoordinasikan', 'koordinasi'],
    ['pengoordinasian', 'koordinasi'],
    ['dikoordinasikan', 'koordinasi'],
    ['diaudit', 'audit'],
    ['pengauditan', 'audit'],
    ['dievaluasi', 'evaluasi'],
    ['pengevaluasian', 'evaluasi'],
    ['penyelenggaraan', 'selenggara'],
    ['pembangunan', 'bangun'],
  ])('%s shares a root with %s', (derived, root) => {
    expect(stemCandidates(skeleton(derived))).toContain(skeleton(root));
  });

  it('matches phrases across line breaks, hyphenation, affixes and glued words', () => {
    const aliases = buildAliasIndex([['sistem pemerintahan berbasis elektronik', 'SPBE']]);
    const matcher = compileMatcher(
      [
        { id: 't.koordinasi', text: 'koordinasi SPBE', weight: 1, exact: false },
        { id: 't.audit', text: 'audit keamanan', weight: 1, exact: false },
        { id: 't.sipd', text: 'SIPD', weight: 1, exact: false },
      ],
      aliases,
    );
    const text = 'Sekda mengoordinasikan Sistem Pemerintahan\nBerbasis Elektronik; peng-\nauditan keamanan dilakukan.\nAplikasi SIPDnya dan koordinasiSPBE.';
    const doc = buildDocModel([{ no: 1, text }], aliases);
    const [koordinasi, audit, sipd] = matchPhrases(matcher, doc);
    expect(koordinasi).toHaveLength(2);
    expect(audit).toHaveLength(1);
    expect(sipd).toHaveLength(0);
  });
});

describe('applyDecisions', () => {
  const decision = (indicator: number, action: ReviewerDecision['action'], at: string): ReviewerDecision => ({
    sha256: SHA,
    instrument: 'spbe-2020',
    indicator,
    action,
    reviewer: 'Rina',
    at,
    note: '',
  });

  it('confirm turns a candidate into an accepted reviewer mapping', () => {
    const c = classify(NOTULEN_TIM_KOORDINASI);
    expect(c.candidates.map((m) => m.indicator)).toContain(10);
    const after = applyDecisions(c, [decision(10, 'confirm', '2026-01-05T10:00:00Z')]);
    const m = after.mappings.find((x) => x.indicator === 10);
    expect(m).toMatchObject({ source: 'reviewer', score: 1, confidence: 'tinggi', id: `${SHA.slice(0, 12)}-10` });
    expect(m?.decision?.reviewer).toBe('Rina');
    expect(after.candidates.map((x) => x.indicator)).not.toContain(10);
  });

  it('add creates a mapping the classifier did not propose; reject removes one', () => {
    const c = classify(SK_TIM_KOORDINASI);
    const after = applyDecisions(c, [decision(20, 'add', '2026-01-05T10:00:00Z'), decision(19, 'reject', '2026-01-05T10:00:00Z')]);
    expect(after.mappings.map((m) => m.indicator)).toEqual([10, 20]);
    expect(after.candidates.map((m) => m.indicator)).not.toContain(19);
  });

  it('the latest decision per indicator wins, whatever the list order', () => {
    const c = classify(SK_TIM_KOORDINASI);
    const rejectedLast = applyDecisions(c, [decision(10, 'reject', '2026-02-01T00:00:00Z'), decision(10, 'confirm', '2026-01-01T00:00:00Z')]);
    expect(rejectedLast.mappings.map((m) => m.indicator)).toEqual([19]);
    const confirmedLast = applyDecisions(c, [decision(10, 'reject', '2026-01-01T00:00:00Z'), decision(10, 'confirm', '2026-02-01T00:00:00Z')]);
    expect(confirmedLast.mappings.map((m) => m.indicator)).toEqual([10, 19]);
  });

  it('ignores decisions about other documents', () => {
    const c = classify(SK_TIM_KOORDINASI);
    const other = { ...decision(10, 'reject', '2026-01-01T00:00:00Z'), sha256: 'f'.repeat(64) };
    expect(applyDecisions(c, [other])).toEqual(c);
  });
});

describe('explainClassification', () => {
  it('writes Indonesian lines with score, band, source and where the phrase matched', () => {
    const lines = explainClassification(classify(SK_TIM_KOORDINASI), { 10: 'Kebijakan Internal Tim Koordinasi SPBE' });
    expect(lines[0]).toBe('Jenis dokumen: keputusan; tanggal 3 Februari 2025; ditetapkan/ditandatangani.');
    expect(lines[1]).toBe('Penerbit: Bupati Sukamaju (instansi sendiri).');
    expect(lines[2]).toMatch(/^Indikator 10 \(Kebijakan Internal Tim Koordinasi SPBE\): skor 0,\d\d \(tinggi\), sumber isi dokumen — 'tim koordinasi SPBE' di klausul 'tentang' hal\. 1/);
    expect(lines.some((l) => l.startsWith('Indikator 19: skor'))).toBe(true);
  });

  it('says when nothing maps and names the reviewer of a decision', () => {
    const none = explainClassification(classify('Catatan umum untuk arsip kantor.'), new Map());
    expect(none).toContain('Tidak ada indikator yang dipetakan.');
    const decided = applyDecisions(classify(SK_TIM_KOORDINASI), [
      { sha256: SHA, instrument: 'spbe-2020', indicator: 20, action: 'add', reviewer: 'Rina', at: '2026-01-05', note: 'kolaborasi lintas OPD' },
    ]);
    expect(explainClassification(decided, new Map([[20, 'Kolaborasi Penerapan SPBE']]))).toContain(
      'Indikator 20 (Kolaborasi Penerapan SPBE): skor 1,00 (tinggi), sumber keputusan peninjau (Rina, 5 Januari 2026): kolaborasi lintas OPD',
    );
  });
});

describe('isLoginOnly', () => {
  it.each([
    ['a login form', SCREENSHOT_LOGIN, true],
    ['an application menu', SCREENSHOT_SRIKANDI, false],
    ['a dashboard after login', 'SRIKANDI\nBeranda\nDashboard\nNaskah Masuk 12\nDisposisi 4\nLogout', false],
    ['a long document', `${SCREENSHOT_LOGIN}\n${'Pasal 1 berisi ketentuan umum penggunaan aplikasi. '.repeat(30)}`, false],
    ['empty text', '', false],
  ])('%s → %s', (_name, text, expected) => {
    expect(isLoginOnly([{ text }])).toBe(expected);
  });
});

describe('rules', () => {
  it('rejects an invalid rules file with an Indonesian message naming it', () => {
    expect(() => parseRules({ formatVersion: 1, instrument: 'x' }, 'aturan.yaml', rules)).toThrow(UserError);
    expect(() => parseRules({ formatVersion: 1, instrument: 'x' }, 'aturan.yaml', rules)).toThrow(/aturan\.yaml tidak valid/);
  });
});
