/**
 * Draft and final: the readiness checks (each with a case that fails it and one that passes), the refusal of a final
 * from an unfinished assessment, and final documents without any tool text, read-only and recorded in the audit trail.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceState } from '../../src/types/state.ts';
import type { AuditEvent } from '../../src/types/audit.ts';
import { runReport } from '../../src/app/report.ts';
import { planInputOf, planLampiran } from '../../src/render/lampiran/plan.ts';
import { checkReadiness, NotReadyError, readinessLines, suratNumbers, type ReadinessCheck } from '../../src/render/readiness.ts';
import { readRecord } from '../../src/render/output-record.ts';
import { buildFixture, type Fixture, removeFixtures } from './fixture-state.ts';
import { pageTexts, qpdfCheck } from './pdf-tools.ts';

let fx: Fixture;

/** The fixture with every indicator rated and explained, only includable evidence, no open errors, numbers set. */
function complete(state: WorkspaceState): WorkspaceState {
  const plan = planLampiran(planInputOf(state));
  const located = (id: number, sha: string): boolean =>
    plan.bundles.some((b) => b.parts.some((p) => p.segments.some((s) => s.kind === 'document' && s.indicator === id && s.doc.sha256 === sha)));
  const config = structuredClone(state.workspace.config);
  config.finalisasi.nomor = { beritaAcara: '000.5/117/Setda/2026', pernyataan: '000.5/118/Setda/2026' };
  return {
    ...state,
    workspace: { ...state.workspace, config },
    assessment: {
      ...state.assessment,
      findings: state.assessment.findings.filter((f) => f.severity !== 'error'),
      indicators: state.assessment.indicators.map((a) => ({
        ...a,
        claimedLevel: a.claimedLevel ?? 1,
        penjelasan: a.penjelasan.trim() === '' ? 'FAKTA: kebijakan ada. ANALISIS: berlaku. JUSTIFIKASI: tingkat dipilih.' : a.penjelasan,
        documents: a.documents.filter((d) => located(a.id, d.sha256)),
        findings: a.findings.filter((f) => f.severity !== 'error'),
      })),
    },
  };
}

const checksOf = (state: WorkspaceState): ReadinessCheck[] => [
  ...new Set(checkReadiness(state, planLampiran(planInputOf(state)), suratNumbers(state.workspace.config)).map((p) => p.check)),
];

beforeAll(async () => {
  fx = await buildFixture({ logo: true });
}, 120_000);

afterAll(() => removeFixtures());

describe('readiness checks', () => {
  it('pass on a complete assessment', () => {
    expect(checksOf(complete(fx.state))).toEqual([]);
  });

  it('list every check the unfinished fixture fails, grouped with an Indonesian heading', () => {
    const problems = checkReadiness(fx.state, planLampiran(planInputOf(fx.state)), suratNumbers(fx.state.workspace.config));
    expect(new Set(problems.map((p) => p.check))).toEqual(new Set(['penjelasan', 'lampiran', 'temuan', 'nomor']));
    const lines = readinessLines(problems);
    expect(lines).toContain(`Indikator tanpa penjelasan (${problems.filter((p) => p.check === 'penjelasan').length}):`);
    expect(lines.join('\n')).toMatch(/Notulen Rapat Tim Koordinasi \(kata sandi\)\.pdf tidak dapat dilampirkan \(berkas dilindungi kata sandi/);
  });

  it('tingkat: an indicator without a claimed level', () => {
    const s = complete(fx.state);
    s.assessment.indicators[4]!.claimedLevel = null;
    expect(checksOf(s)).toEqual(['tingkat']);
  });

  it('penjelasan: an indicator without a penjelasan', () => {
    const s = complete(fx.state);
    s.assessment.indicators[2]!.penjelasan = '  ';
    expect(checksOf(s)).toEqual(['penjelasan']);
  });

  it('lampiran: a cited document that cannot go into a lampiran', () => {
    expect(checksOf({ ...complete(fx.state), assessment: { ...complete(fx.state).assessment, indicators: fx.state.assessment.indicators.map((a) => ({ ...a, claimedLevel: a.claimedLevel ?? 1, penjelasan: a.penjelasan || 'x', findings: [] })) } })).toEqual(['lampiran']);
  });

  it('temuan: an open error-level finding, unless accepted with a reason for its rule and indicator', () => {
    const s = complete(fx.state);
    const finding = { rule: 'claimedAboveSupported', severity: 'error' as const, message: 'Tingkat 4 diklaim, bukti mendukung 2.', indicator: 10, opd: null, sha256: null, path: null };
    s.assessment.indicators.find((a) => a.id === 10)!.findings.push(finding);
    expect(checksOf(s)).toEqual(['temuan']);
    s.workspace.config.finalisasi.temuanDiterima = [{ aturan: 'claimedAboveSupported', indikator: 11, alasan: 'Bukti reviu dikirim terpisah.' }];
    expect(checksOf(s)).toEqual(['temuan']);
    s.workspace.config.finalisasi.temuanDiterima = [{ aturan: 'claimedAboveSupported', indikator: 10, alasan: 'Bukti reviu dikirim terpisah.' }];
    expect(checksOf(s)).toEqual([]);
  });

  it('penandatangan: a signatory without NIP', () => {
    const s = complete(fx.state);
    s.workspace.config.penandatangan.koordinator.nip = '';
    expect(checksOf(s)).toEqual(['penandatangan']);
  });

  it('nomor: surat numbers missing in the config, or given at finalisation', () => {
    const s = complete(fx.state);
    s.workspace.config.finalisasi.nomor = { beritaAcara: '', pernyataan: '' };
    expect(checksOf(s)).toEqual(['nomor']);
    const plan = planLampiran(planInputOf(s));
    expect(checkReadiness(s, plan, suratNumbers(s.workspace.config, { beritaAcara: '1/BA/2026', pernyataan: '2/SP/2026' }))).toEqual([]);
  });
});

describe('final documents', () => {
  const events: AuditEvent[] = [];
  const request = { mode: 'final' as const, actor: 'Siti Rahma', audit: (e: AuditEvent) => events.push(e), now: () => '2026-11-29T10:04:00.000Z' };

  it('are refused from an unfinished assessment with the list of what is missing, writing nothing', async () => {
    const err = await runReport(fx.state, request).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotReadyError);
    expect((err as Error).message).toMatch(/^Dokumen final belum dapat dibuat: \d+ hal belum lengkap\./);
    expect((err as Error).message).toContain('Nomor surat belum diisi');
    expect(events).toEqual([]);
    expect(existsSync(path.join(fx.state.workspace.paths.output, 'berita-acara-penilaian-mandiri-2026.pdf'))).toBe(false);
  }, 120_000);

  it('carry no tool text, no DRAF, the surat numbers, are read-only, pass qpdf and are recorded in the audit trail', async () => {
    const state = complete(fx.state);
    const result = await runReport(state, request);
    const official = result.files.filter((f) => ['laporan', 'berita-acara', 'pernyataan'].includes(f.kind));
    expect(official.map((f) => path.basename(f.path)).sort()).toEqual([
      'berita-acara-penilaian-mandiri-2026.pdf', 'laporan-penilaian-mandiri-2026.pdf', 'pernyataan-persetujuan-publikasi-2026.pdf',
    ]);
    expect(result.files.some((f) => f.kind === 'kesenjangan')).toBe(false);
    for (const f of official) {
      const text = pageTexts(f.path).join('\n');
      expect(text, f.path).not.toMatch(/DRAF|eviden|config\.yaml|Catatan Draf|belum diisi|temuanDiterima|\.{10}/);
      expect(qpdfCheck(f.path).status).toBe(0);
      expect(statSync(f.path).mode & 0o222).toBe(0);
      expect((await readRecord(f.path))?.record).toMatchObject({ mode: 'final', fingerprint: f.fingerprint });
    }
    const ba = pageTexts(official.find((f) => f.kind === 'berita-acara')!.path).join('\n');
    expect(ba).toContain('Nomor: 000.5/117/Setda/2026');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'finalized', actor: 'Siti Rahma', at: '2026-11-29T10:04:00.000Z' });
    expect(JSON.stringify(events[0]!.detail)).toContain('laporan-penilaian-mandiri-2026.pdf');
    expect(readFileSync(official[0]!.path).subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
