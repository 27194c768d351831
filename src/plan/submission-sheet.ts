/**
 * The isian for the national application: per indicator, in the instrument's order, the claimed level, the
 * penjelasan and the evidence files under the names they carry in the packet, so entering the submission is copying.
 * Pure: the assessment and the packet names in, one table out.
 */
import type { Assessment } from '../types/assessment.ts';
import type { NamedEvidence } from '../render/packet-names.ts';
import type { Sheet } from '../shared/xlsx.ts';

export function submissionSheet(assessment: Assessment, named: readonly NamedEvidence[]): Sheet {
  const nameOf = new Map(named.map((n) => [n.sha256, n.fileName]));
  return {
    name: 'Isian aplikasi',
    header: ['No', 'Indikator', 'Tingkat diklaim', 'Penjelasan', 'Berkas bukti dukung (nama di paket)', 'Tingkat didukung bukti'],
    rows: [...assessment.indicators]
      .sort((a, b) => a.id - b.id)
      .map((ind) => [
        ind.id,
        ind.namaPendek ?? ind.nama,
        ind.claimedLevel,
        ind.penjelasan,
        ind.documents
          .map((d) => nameOf.get(d.sha256))
          .filter((n): n is string => n !== undefined)
          .join('\n'),
        ind.supportedLevel,
      ]),
  };
}
