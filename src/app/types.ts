/** The state of a workspace as the use-cases (CLI commands, dashboard, renderers) see it. */
import type { Workspace } from '../config/workspace.ts';
import type { Instrument } from '../instrument/types.ts';
import type { DocumentRecord, LocationRecord } from '../store/types.ts';
import type { Classification } from '../classify/types.ts';
import type { Assessment } from '../assess/types.ts';

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
  documents: DocumentView[];
  assessment: Assessment;
  /** ISO date used as "today" for the assessment. */
  today: string;
}
