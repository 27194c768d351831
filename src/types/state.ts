/** The state of a workspace as the use-cases (CLI commands, dashboard, renderers) see it. */
import type { Workspace } from './config.ts';
import type { EvidenceItems, Instrument, PackManifest } from './instrument.ts';
import type { LevelProfiles } from './levels.ts';
import type { DocumentRecord, LocationRecord } from './documents.ts';
import type { Classification } from './classification.ts';
import type { Assessment } from './assessment.ts';
import type { PreviousResult } from './history.ts';

export interface DocumentView {
  doc: DocumentRecord;
  locations: LocationRecord[];
  classification: Classification | null;
  /** Absolute path of the immutable archived copy (the file to read; never the one in watch/). */
  archiveFile: string;
  /** Path of the first present location relative to watch/ (or the first location if all were removed). */
  path: string;
  opd: string | null;
}

export interface WorkspaceState {
  workspace: Workspace;
  instrument: Instrument;
  /**
   * The instrument pack's manifest (legal basis, labels, source note, sector slots), its coded evidence items and its
   * level profiles (whose value bands say which level a decimal value belongs to).
   */
  pack: PackManifest & { items: EvidenceItems | null; levels: LevelProfiles };
  documents: DocumentView[];
  assessment: Assessment;
  /** Earlier evaluation results imported with `eviden riwayat impor`, oldest first. */
  previousResults: PreviousResult[];
  /** ISO date used as "today" for the assessment. */
  today: string;
}
