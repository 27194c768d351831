/**
 * The isian for the national application: per indicator, in the instrument's order, the claimed level (or decimal
 * value), the penjelasan and the evidence files under the names they carry in the packet, so entering the submission
 * is copying; for an instrument with coded items also per item code (the upload checklist's rows). Pure: the
 * assessment and the packet names in, tables out.
 */
import type { Assessment, IndicatorAssessment } from '../types/assessment.ts';
import type { NamedEvidence } from '../render/packet-names.ts';
import type { Sheet } from '../shared/xlsx.ts';
import { checklistSheets, type ChecklistIndicator } from './upload-checklist.ts';
import { claimedValue, supportedValue } from '../assess/values.ts';

/** The packet names of an indicator's evidence: its item copies when it has any, else the copy of each document. */
function fileNames(ind: IndicatorAssessment, named: readonly NamedEvidence[], bySha: ReadonlyMap<string, string>): string[] {
  const items = named.filter((n) => n.indicator === ind.id && n.item !== null).map((n) => n.fileName);
  if (items.length > 0) return items;
  return ind.documents.map((d) => bySha.get(d.sha256)).filter((n): n is string => n !== undefined);
}

export function submissionSheet(assessment: Assessment, named: readonly NamedEvidence[]): Sheet {
  const bySha = new Map(named.map((n) => [n.sha256, n.fileName]));
  return {
    name: 'Isian aplikasi',
    header: ['No', 'Indikator', 'Tingkat diklaim', 'Penjelasan', 'Berkas bukti dukung (nama di paket)', 'Tingkat didukung bukti'],
    // Values are numbers (decimals under linear credit); an externally scored indicator shows its imported value.
    rows: [...assessment.indicators]
      .sort((a, b) => a.id - b.id)
      .map((ind) => {
        const supported = supportedValue(ind);
        return [
          ind.id,
          ind.namaPendek ?? ind.nama,
          claimedValue(ind),
          ind.penjelasan,
          fileNames(ind, named, bySha).join('\n'),
          supported,
        ];
      }),
  };
}

export interface SubmissionSheets {
  perIndicator: Sheet;
  /** With coded items: one row per item code, as the upload checklist lists it; otherwise null. */
  perItem: Sheet | null;
}

export function submissionSheets(assessment: Assessment, named: readonly NamedEvidence[], items: readonly ChecklistIndicator[] | null): SubmissionSheets {
  const [rows] = items === null ? [] : checklistSheets(items);
  return { perIndicator: submissionSheet(assessment, named), perItem: rows ? { ...rows, name: 'Isian per kode butir' } : null };
}
