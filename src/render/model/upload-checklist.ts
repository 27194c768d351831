/** The Daftar Periksa Unggah model (the packet's upload checklist for an instrument with coded items). Pure. */
import type { WorkspaceState } from '../../types/state.ts';
import type { ChecklistIndicator } from '../../plan/upload-checklist.ts';
import { formatDate } from '../../shared/format.ts';
import { frameOf, programOf, type DocumentFrame, type ProgramModel } from './common.ts';

export interface UploadChecklistModel {
  frame: DocumentFrame;
  program: ProgramModel;
  instansi: string;
  tahun: number;
  tanggalTeks: string;
  /** The pack's note that the instrument comes from secondary sources, or null. */
  sumberInstrumen: string | null;
  indikator: ChecklistIndicator[];
}

export function buildUploadChecklistModel(state: WorkspaceState, logo: string | null, indikator: ChecklistIndicator[]): UploadChecklistModel {
  const { config } = state.workspace;
  const program = programOf(state);
  return {
    // A working list for whoever uploads: never a draft to sign.
    frame: frameOf(config, logo, `Daftar Periksa Unggah ${program.singkat} Tahun ${config.tahun} – ${config.instansi.nama}`, { draf: false }),
    program,
    instansi: config.instansi.nama,
    tahun: config.tahun,
    tanggalTeks: formatDate(state.today),
    sumberInstrumen: state.pack.sourceNote,
    indikator,
  };
}
