/**
 * Phrases said apart (issue 9 §2): other writers put function words between a rule phrase's words ("reviu terhadap
 * kebijakan", "manajemen atas perubahan") or say it in the passive ("kebijakan … telah direviu", "the policy was
 * reviewed"). Texts written for the failure class, not copied from a document.
 */
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../src/classify/index.ts';
import { buildAliasIndex, buildDocModel } from '../../src/classify/document.ts';
import { compileMatcher, matchPhrases } from '../../src/classify/matcher.ts';
import type { GapOptions, PhraseSpec } from '../../src/classify/matcher.ts';
import { skeleton, skeletonTokens } from '../../src/classify/normalize.ts';
import { withGaps } from '../../src/classify/ruleset.ts';
import { stemCandidates } from '../../src/classify/stem.ts';
import { classifyDocument } from '../../src/classify/index.ts';
import { dashboardHelpers, reasonSummary } from '../../src/server/view-helpers.ts';
import { accepted, classify, pagesOf, rules, SHA, SUKAMAJU } from './helpers.ts';

const aliases = buildAliasIndex([['sistem pemerintahan berbasis elektronik', 'SPBE']]);
const words = (list: string[]): Set<string> => new Set(list.flatMap((w) => skeletonTokens(w)));
const GAPS: GapOptions = {
  inserted: 3,
  passive: true,
  actions: words(['reviu', 'review', 'audit']),
  between: words(['terhadap', 'atas', 'dari', 'pada', 'the', 'of']),
  blockers: words(['belum', 'tidak', 'not']),
};

function spec(text: string, extra: Partial<PhraseSpec> = {}): PhraseSpec {
  return { id: `t.${text}`, text, weight: 1, exact: false, gaps: true, ...extra };
}

/** How each phrase matched the text: 'whole', 'inserted', 'passive' per match, or [] when it does not. */
function how(specs: PhraseSpec[], text: string, gaps: GapOptions | null = GAPS): string[][] {
  const matcher = compileMatcher(specs, aliases, gaps);
  return matchPhrases(matcher, buildDocModel([{ no: 1, text }], aliases)).map((list) => list.map((m) => m.gap ?? 'whole'));
}

describe('phrases matched apart', () => {
  it('finds a phrase with function words in between, in one clause', () => {
    expect(how([spec('reviu kebijakan')], 'Laporan reviu terhadap kebijakan internal SPBE tahun 2025')).toEqual([['inserted']]);
    expect(how([spec('audit keamanan')], 'Audit atas keamanan sistem informasi')).toEqual([['inserted']]);
    expect(how([spec('audit pusat data')], 'Report on the audit of the pusat data')).toEqual([['inserted']]);
  });

  it('does not read a content word in between as part of the phrase (another compound)', () => {
    expect(how([spec('tata kelola data')], 'Tata kelola pusat data dan jaringan intra')).toEqual([[]]);
    expect(how([spec('manajemen layanan')], 'Manajemen atas perubahan layanan TIK')).toEqual([[]]);
    expect(how([spec('application audit')], 'Application security audit report')).toEqual([[]]);
  });

  it('allows at most `inserted` words in between', () => {
    expect(how([spec('reviu kebijakan')], 'reviu atas dari pada terhadap kebijakan')).toEqual([[]]);
  });

  it('finds the passive: the action last as a passive verb', () => {
    expect(how([spec('reviu kebijakan')], 'Kebijakan internal SPBE telah direviu oleh Inspektorat.')).toEqual([['passive']]);
    expect(how([spec('penghapusan perangkat')], 'Sebanyak 42 perangkat TIK telah dihapuskan.')).toEqual([['passive']]);
    expect(how([spec('policy review')], 'The access policy was reviewed in March.')).toEqual([['passive']]);
    // Only an action: "data dipusatkan" is no "pusat data".
    expect(how([spec('pusat data')], 'Seluruh data dipusatkan di server provinsi.')).toEqual([[]]);
  });

  it('never across a negation, a clause mark or a list item', () => {
    expect(how([spec('reviu kebijakan')], 'Kebijakan internal SPBE belum direviu.')).toEqual([[]]);
    expect(how([spec('policy review')], 'The access policy was not reviewed.')).toEqual([[]]);
    expect(how([spec('reviu kebijakan')], 'Kebijakan internal SPBE ditetapkan. Telah direviu pula standar aplikasi.')).toEqual([[]]);
    expect(how([spec('reviu kebijakan')], 'Agenda:\n- reviu terhadap\n- kebijakan umum')).toEqual([[]]);
  });

  it('keeps exact phrases, acronyms alone and one-word phrases word for word', () => {
    expect(how([spec('reviu kebijakan', { exact: true })], 'reviu terhadap kebijakan')).toEqual([[]]);
    expect(how([spec('SPBE SIPD')], 'SPBE pada SIPD')).toEqual([[]]);
    expect(how([spec('reviu atas')], 'reviu terhadap atas')).toEqual([[]]);
    expect(how([spec('reviu kebijakan', { gaps: false })], 'reviu terhadap kebijakan')).toEqual([[]]);
  });

  it('prefers the phrase word for word and matches apart only with gap options', () => {
    expect(how([spec('reviu kebijakan')], 'reviu kebijakan; lalu reviu terhadap kebijakan')).toEqual([['whole']]);
    expect(how([spec('reviu kebijakan')], 'reviu terhadap kebijakan', null)).toEqual([[]]);
  });

  it.each([
    ['reviewed', 'review'],
    ['audited', 'audit'],
    ['evaluated', 'evaluate'],
  ])('%s shares a root with %s', (derived, root) => {
    expect(stemCandidates(skeleton(derived))).toContain(skeleton(root));
  });
});

const MANAJEMEN_PERUBAHAN = `DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
LAPORAN PELAKSANAAN MANAJEMEN ATAS PERUBAHAN LAYANAN TIK
Triwulan III Tahun 2025
Sebanyak 14 permintaan dicatat, dinilai dampaknya, disetujui Kepala Bidang dan diterapkan di luar jam layanan.
Dua permintaan ditolak karena belum lengkap.`;

const AUDIT_APLIKASI = `INSPEKTORAT KABUPATEN SUKAMAJU
LAPORAN HASIL AUDIT TERHADAP APLIKASI PERIZINAN ONLINE
Tahun Anggaran 2025
Audit dilaksanakan pada 3-14 Maret 2025 atas kesesuaian fungsi dengan proses bisnis dan pengendalian akses pengguna.
Temuan: dua fungsi tidak sesuai SOP dan satu akun admin dipakai bersama.
Rekomendasi: perbaikan fungsi dan pemisahan akun admin paling lambat 30 hari.`;

const PUSAT_DATA = `DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU
LAPORAN TATA KELOLA PUSAT DATA DAN JARINGAN INTRA
Triwulan III Tahun 2025
Pusat data beroperasi 99,9 persen; dua gangguan listrik ditangani.`;

describe('mapping documents that say a phrase apart', () => {
  const plain = withGaps(rules, undefined);
  const plainAccepted = (text: string, path: string): number[] =>
    classifyDocument({ sha256: SHA, paths: [path], pages: pagesOf(text) }, plain, { threshold: 0.5, instansi: SUKAMAJU }).mappings.map((m) => m.indicator);

  it('maps a report whose title has function words between the phrase words, with a lower weight', () => {
    const path = 'Diskominfo/Laporan TW III.pdf';
    expect(plainAccepted(MANAJEMEN_PERUBAHAN, path)).toEqual([]);
    const c = classify(MANAJEMEN_PERUBAHAN, [path]);
    expect(accepted(c)).toEqual([27]);
    const m = c.mappings[0];
    expect(m?.score).toBeLessThan(0.75);
    expect(explainClassification(c, { 27: 'Manajemen Perubahan' }).join('\n')).toContain("'manajemen perubahan' (dengan kata sisipan) di judul");
    // The dashboard says so too.
    expect(reasonSummary(m?.reasons ?? [])).toContain('“manajemen perubahan” (dengan kata sisipan) di judul');
    expect(dashboardHelpers.gapLabel?.call(undefined, 'passive')).toBe(' (dalam kalimat pasif)');
  });

  it('maps an audit of an application named with "terhadap"', () => {
    const path = 'Inspektorat/Laporan 2025.pdf';
    expect(plainAccepted(AUDIT_APLIKASI, path)).not.toContain(30);
    expect(accepted(classify(AUDIT_APLIKASI, [path]))).toContain(30);
  });

  it('does not map a data centre report to data governance', () => {
    expect(accepted(classify(PUSAT_DATA, ['Diskominfo/Laporan TW III.pdf']))).not.toContain(3);
  });
});
