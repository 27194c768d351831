/**
 * Whether the assessment may be finalised: the checks `eviden report --final` and the dashboard's "Finalkan" run
 * before writing documents to be signed. Pure: the assessment, the config and the lampiran plan in, a list of what
 * is still missing out (empty when the documents may be made final).
 */
import type { AcceptedFinding, Config, Signatory } from '../types/config.ts';
import type { Finding } from '../types/assessment.ts';
import type { WorkspaceState } from '../types/state.ts';
import { allIndicators } from '../instrument/tree.ts';
import { UserError } from '../shared/errors.ts';
import { exclusionOf, locate, type LampiranPlan } from './lampiran/plan.ts';

export type ReadinessCheck = 'tingkat' | 'penjelasan' | 'lampiran' | 'temuan' | 'penandatangan' | 'nomor';

/** The checks in the order they are reported, with the Indonesian heading of each group. */
export const READINESS_CHECKS: ReadonlyArray<{ check: ReadinessCheck; judul: string }> = [
  { check: 'tingkat', judul: 'Indikator tanpa tingkat penilaian mandiri' },
  { check: 'penjelasan', judul: 'Indikator tanpa penjelasan' },
  { check: 'lampiran', judul: 'Bukti dukung yang dirujuk tetapi tidak ada di lampiran' },
  { check: 'temuan', judul: 'Temuan berkelas kesalahan yang masih terbuka' },
  { check: 'penandatangan', judul: 'Penanda tangan belum lengkap' },
  { check: 'nomor', judul: 'Nomor surat belum diisi' },
];

export interface ReadinessProblem {
  check: ReadinessCheck;
  indicator: number | null;
  /** Indonesian: what is missing and where to complete it. */
  message: string;
}

/** Surat numbers to use: the config's, unless given at finalisation. */
export interface SuratNumbers {
  beritaAcara: string;
  pernyataan: string;
}

export function suratNumbers(config: Config, given: Partial<SuratNumbers> = {}): SuratNumbers {
  return {
    beritaAcara: (given.beritaAcara ?? '').trim() || config.finalisasi.nomor.beritaAcara,
    pernyataan: (given.pernyataan ?? '').trim() || config.finalisasi.nomor.pernyataan,
  };
}

/** True when the assessors accepted this finding in `finalisasi.temuanDiterima`. */
export function isAccepted(finding: Finding, accepted: readonly AcceptedFinding[]): boolean {
  return accepted.some((a) => a.aturan === finding.rule && (a.indikator === undefined || a.indikator === finding.indicator));
}

function signatoryProblems(role: string, s: Signatory): string[] {
  const missing = [
    s.nama.trim() === '' ? 'nama' : null,
    s.jabatan.trim() === '' ? 'jabatan' : null,
    s.nip.replace(/\s+/g, '') === '' ? 'NIP' : null,
  ].filter((m): m is string => m !== null);
  return missing.length > 0 ? [`${role}: ${missing.join(', ')} belum diisi (penandatangan di konfigurasi).`] : [];
}

export function checkReadiness(state: WorkspaceState, plan: LampiranPlan, nomor: SuratNumbers): ReadinessProblem[] {
  const { config } = state.workspace;
  const problems: ReadinessProblem[] = [];
  const byNo = new Map(state.assessment.indicators.map((a) => [a.id, a]));
  const accepted = config.finalisasi.temuanDiterima;

  for (const ind of allIndicators(state.instrument)) {
    const a = byNo.get(ind.no);
    const name = `Indikator ${ind.no} (${ind.namaPendek})`;
    // An externally scored indicator takes the imported partner index: neither a level nor a penjelasan is asked.
    const external = a?.status === 'eksternal';
    if (!external && (a?.claimedLevel ?? null) === null) {
      problems.push({ check: 'tingkat', indicator: ind.no, message: `${name}: pilih tingkat penilaian mandiri.` });
    }
    if (!external && (a?.penjelasan ?? '').trim() === '') {
      problems.push({ check: 'penjelasan', indicator: ind.no, message: `${name}: tulis penjelasan dasar pemilihan tingkat.` });
    }
    for (const ref of a?.documents ?? []) {
      if (locate(plan, ind.no, ref.sha256)) continue;
      const reason = exclusionOf(plan, ind.no, ref.sha256) ?? 'berkas tidak tersedia di arsip';
      problems.push({ check: 'lampiran', indicator: ind.no, message: `${name}: ${ref.path} tidak dapat dilampirkan (${reason}).` });
    }
  }

  const findings = [...state.assessment.indicators.flatMap((a) => a.findings), ...state.assessment.findings];
  for (const f of findings) {
    if (f.severity !== 'error' || isAccepted(f, accepted)) continue;
    const named = f.indicator === null || f.message.startsWith(`Indikator ${f.indicator} `);
    const where = named ? '' : `Indikator ${f.indicator}: `;
    problems.push({
      check: 'temuan',
      indicator: f.indicator,
      message: `${where}${f.message} Selesaikan, atau terima dengan alasan di finalisasi.temuanDiterima (aturan ${f.rule}).`,
    });
  }

  const signers = [
    ...signatoryProblems('Koordinator', config.penandatangan.koordinator),
    ...(config.penandatangan.penanggungJawab ? signatoryProblems('Penanggung jawab', config.penandatangan.penanggungJawab) : []),
  ];
  for (const message of signers) problems.push({ check: 'penandatangan', indicator: null, message });

  if (nomor.beritaAcara === '') {
    problems.push({ check: 'nomor', indicator: null, message: 'Nomor Berita Acara: isi finalisasi.nomor.beritaAcara atau berikan --nomor-berita-acara.' });
  }
  if (nomor.pernyataan === '') {
    problems.push({ check: 'nomor', indicator: null, message: 'Nomor Surat Pernyataan: isi finalisasi.nomor.pernyataan atau berikan --nomor-pernyataan.' });
  }
  return problems;
}

/** The problems grouped under the heading of each check, in report order (empty groups left out). */
export function readinessGroups(problems: readonly ReadinessProblem[]): Array<{ judul: string; butir: string[] }> {
  return READINESS_CHECKS.map(({ check, judul }) => ({ judul, butir: problems.filter((p) => p.check === check).map((p) => p.message) }))
    .filter((g) => g.butir.length > 0);
}

/** The problems as Indonesian lines, grouped under the heading of each check (for the terminal and error messages). */
export function readinessLines(problems: readonly ReadinessProblem[]): string[] {
  return readinessGroups(problems).flatMap((g) => [`${g.judul} (${g.butir.length}):`, ...g.butir.map((b) => `  - ${b}`)]);
}

/** Thrown when final documents were asked for and the assessment is not ready; the message lists what is missing. */
export class NotReadyError extends UserError {
  constructor(readonly problems: ReadinessProblem[]) {
    super(
      [
        `Dokumen final belum dapat dibuat: ${problems.length} hal belum lengkap.`,
        ...readinessLines(problems),
        'Lengkapi hal di atas, lalu jalankan lagi. Draf (tanpa --final) tetap dapat dibuat kapan saja.',
      ].join('\n'),
    );
    this.name = 'NotReadyError';
  }
}

/** The gate of a final render: throws NotReadyError unless every check passes on this lampiran plan. */
export function requireReady(state: WorkspaceState, plan: LampiranPlan, nomor: SuratNumbers): void {
  const problems = checkReadiness(state, plan, nomor);
  if (problems.length > 0) throw new NotReadyError(problems);
}
