/**
 * Moving reviewer decisions between workspaces: export writes the latest decision per document and indicator with
 * what another workspace needs to use it (signature, file name, origin); import applies the ones without a local
 * decision, records them in the audit trail, keeps the decided documents it does not have for similarity, and
 * re-learns the adjustments. A local decision is never overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../store/db.ts';
import { addDecision, listDecisions } from '../store/decisions.ts';
import { getDocument } from '../store/documents.ts';
import { locationsOf } from '../store/locations.ts';
import { addForeignDocument, listForeignDocuments, loadSignatures } from '../store/signatures.ts';
import { recordEvent } from '../store/audit.ts';
import { loadPack } from '../instrument/registry.ts';
import { findIndicator } from '../instrument/tree.ts';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  importedDecision,
  latestPerPair,
  parseDecisionsFile,
  planImport,
  type DecisionsFile,
  type ImportItem,
} from '../learn/exchange.ts';
import type { Workspace } from '../types/config.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { UserError } from '../shared/errors.ts';
import { relearn } from './learning.ts';
import { nowIso } from './session.ts';

/** The file name a decided document is known by: its primary path under watch/, or its name where it was decided. */
function fileNames(db: Db): (sha256: string) => string {
  const foreign = new Map(listForeignDocuments(db).map((f) => [f.sha256, f]));
  return (sha256) => {
    const locs = locationsOf(db, sha256).sort((a, b) => Number(b.present) - Number(a.present) || a.path.localeCompare(b.path));
    return locs[0]?.path ?? foreign.get(sha256)?.name ?? sha256;
  };
}

export function buildExport(db: Db, ws: Workspace, now: string): DecisionsFile {
  const decisions = latestPerPair(listDecisions(db, ws.config.instrumen));
  const shas = [...new Set(decisions.map((d) => d.sha256))];
  const local = loadSignatures(db, shas);
  const foreign = new Map(listForeignDocuments(db).map((f) => [f.sha256, f]));
  const name = fileNames(db);
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    instansi: ws.config.instansi.nama,
    instrument: ws.config.instrumen,
    exportedAt: now,
    decisions: decisions.map((d) => ({
      sha256: d.sha256,
      signature: local.get(d.sha256) ?? foreign.get(d.sha256)?.signature ?? null,
      file: name(d.sha256),
      indicator: d.indicator,
      action: d.action,
      note: d.note,
      reviewer: d.reviewer,
      at: d.at,
      origin: d.origin ?? foreign.get(d.sha256)?.origin ?? ws.config.instansi.nama,
    })),
  };
}

export interface ExportResult {
  file: string;
  decisions: number;
  documents: number;
}

export function exportDecisions(db: Db, ws: Workspace, file: string, actor: string): ExportResult {
  const now = nowIso();
  const data = buildExport(db, ws, now);
  writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
  const documents = new Set(data.decisions.map((d) => d.sha256)).size;
  recordEvent(db, ws.paths.auditLog, { at: now, type: 'exported', actor, sha256: null, path: null, detail: { what: 'keputusan', file, decisions: data.decisions.length, documents } });
  return { file, decisions: data.decisions.length, documents };
}

export interface ImportResult {
  file: string;
  from: string;
  items: ImportItem[];
  applied: number;
  present: number;
  conflicting: number;
}

function readDecisionsFile(file: string, ws: Workspace): DecisionsFile {
  if (!existsSync(file)) throw new UserError(`Berkas ${file} tidak ditemukan. Periksa path berkas hasil "eviden keputusan ekspor".`);
  const parsed = parseDecisionsFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new UserError(`Berkas ${file} tidak dapat diimpor: ${parsed.reason}. Buat ulang dengan "eviden keputusan ekspor".`);
  if (parsed.file.instrument !== ws.config.instrumen) {
    throw new UserError(
      `Berkas ${file} berisi keputusan untuk instrumen ${parsed.file.instrument}, sedangkan workspace ini memakai ${ws.config.instrumen}; ` +
        'nomor indikatornya tidak sama, jadi keputusan tidak diimpor.',
    );
  }
  const instrument = loadPack(ws.config.instrumen).instrument;
  const unknown = parsed.file.decisions.find((d) => findIndicator(instrument, d.indicator) === undefined);
  if (unknown !== undefined) throw new UserError(`Berkas ${file} memuat indikator ${unknown.indicator} yang tidak ada di instrumen ${instrument.id}; tidak ada yang diimpor.`);
  return parsed.file;
}

export function importDecisions(db: Db, ws: Workspace, file: string, actor: string): ImportResult {
  const data = readDecisionsFile(file, ws);
  const items = planImport(data.decisions, listDecisions(db, ws.config.instrumen));
  const now = nowIso();
  const count = (o: ImportItem['outcome']): number => items.filter((i) => i.outcome === o).length;
  db.transaction(() => {
    for (const item of items) {
      const d = item.decision;
      if (getDocument(db, d.sha256) === null) {
        addForeignDocument(db, { sha256: d.sha256, name: d.file, signature: d.signature, origin: d.origin, importedAt: now });
      }
      if (item.outcome !== 'diterapkan') continue;
      addDecision(db, importedDecision(d, ws.config.instrumen));
      recordEvent(db, ws.paths.auditLog, {
        at: now, type: 'decision', actor, sha256: d.sha256, path: d.file,
        detail: { action: d.action, indicator: d.indicator, note: d.note, imported: true, reviewer: d.reviewer, decidedAt: d.at, origin: d.origin, file },
      });
    }
    const conflicts = items.filter((i) => i.outcome === 'bertentangan').map((i) => ({ sha256: i.decision.sha256, indicator: i.decision.indicator, action: i.decision.action, local: i.local?.action }));
    recordEvent(db, ws.paths.auditLog, {
      at: now, type: 'imported', actor, sha256: null, path: null,
      detail: { what: 'keputusan', file, from: data.instansi, applied: count('diterapkan'), present: count('sudah-ada'), conflicting: conflicts.length, conflicts },
    });
    relearn(db, ws, now);
  })();
  return { file, from: data.instansi, items, applied: count('diterapkan'), present: count('sudah-ada'), conflicting: count('bertentangan') };
}
