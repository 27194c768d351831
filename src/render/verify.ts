/**
 * `eviden verify`: re-hashes every archived document against its recorded SHA-256, and a packet folder against
 * its manifest (missing, changed, unlisted files, and a manifest.csv that no longer matches manifest.json).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { WorkspaceState } from '../types/state.ts';
import { errorMessage } from '../shared/errors.ts';
import { hashFile } from './hash.ts';
import { listFiles } from './list-files.ts';
import { MANIFEST_CSV, MANIFEST_JSON, manifestCsv, manifestSchema, type Manifest } from './manifest.ts';

export interface VerifyProblem {
  /** `keluaran`: a document in output/ that is out of date. */
  scope: 'arsip' | 'paket' | 'keluaran';
  /** The file concerned (absolute for the archive, packet-relative for a packet). */
  file: string;
  /** Indonesian: what is wrong and what to do. */
  message: string;
}

export interface VerifyReport {
  archiveChecked: number;
  packet: { dir: string; checked: number } | null;
  problems: VerifyProblem[];
  /** Not failures: e.g. archive files no document refers to. */
  notes: string[];
}

export async function verifyArchive(state: WorkspaceState): Promise<{ checked: number; problems: VerifyProblem[]; notes: string[] }> {
  const problems: VerifyProblem[] = [];
  const known = new Set<string>();
  for (const view of state.documents) {
    known.add(path.resolve(view.archiveFile));
    if (!existsSync(view.archiveFile)) {
      problems.push({
        scope: 'arsip',
        file: view.archiveFile,
        message: `Salinan arsip untuk ${view.path} hilang. Letakkan kembali berkas aslinya di watch/ lalu jalankan "eviden scan".`,
      });
      continue;
    }
    const actual = await hashFile(view.archiveFile);
    if (actual !== view.doc.sha256) {
      problems.push({
        scope: 'arsip',
        file: view.archiveFile,
        message:
          `Salinan arsip untuk ${view.path} berubah (SHA-256 ${actual.slice(0, 12)}…, tercatat ${view.doc.sha256.slice(0, 12)}…). ` +
          'Arsip tidak boleh diubah; pulihkan dari cadangan atau letakkan kembali berkas aslinya lalu jalankan "eviden scan".',
      });
    }
  }
  const notes: string[] = [];
  const archiveDir = state.workspace.paths.archive;
  if (existsSync(archiveDir)) {
    const orphans = listFiles(archiveDir).filter((rel) => !known.has(path.resolve(archiveDir, rel)) && !rel.endsWith('.tmp'));
    if (orphans.length > 0) {
      notes.push(`${orphans.length} berkas di arsip tidak tercatat pada dokumen mana pun (mis. ${orphans[0]}); tidak mengganggu laporan.`);
    }
  }
  return { checked: state.documents.length, problems, notes };
}

function readManifest(dir: string): Manifest {
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path.join(dir, MANIFEST_JSON), 'utf8')));
  if (!parsed.success) throw new Error('isinya bukan manifest paket eviden');
  return parsed.data;
}

export async function verifyPacket(dir: string): Promise<{ checked: number; problems: VerifyProblem[] }> {
  const problems: VerifyProblem[] = [];
  const problem = (file: string, message: string): void => {
    problems.push({ scope: 'paket', file, message });
  };
  if (!existsSync(dir)) {
    problem(dir, `Folder paket ${dir} tidak ada. Jalankan "eviden packet" atau periksa --packet.`);
    return { checked: 0, problems };
  }
  let manifest: Manifest;
  try {
    manifest = readManifest(dir);
  } catch (err) {
    problem(MANIFEST_JSON, `${MANIFEST_JSON} di ${dir} tidak dapat dibaca (${errorMessage(err)}). Buat ulang paket dengan "eviden packet".`);
    return { checked: 0, problems };
  }
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.file);
    const file = path.join(dir, ...entry.file.split('/'));
    if (!existsSync(file)) {
      problem(entry.file, `Berkas ${entry.file} tercantum di manifest tetapi tidak ada di paket.`);
      continue;
    }
    const size = statSync(file).size;
    const actual = await hashFile(file);
    if (actual !== entry.sha256 || size !== entry.bytes) {
      problem(entry.file, `Berkas ${entry.file} berbeda dari manifest (isi atau ukurannya berubah). Buat ulang paket dengan "eviden packet".`);
    }
  }
  for (const rel of listFiles(dir)) {
    if (rel === MANIFEST_JSON || rel === MANIFEST_CSV || listed.has(rel)) continue;
    problem(rel, `Berkas ${rel} ada di paket tetapi tidak tercantum di manifest. Hapus berkas itu atau buat ulang paket.`);
  }
  const csvFile = path.join(dir, MANIFEST_CSV);
  if (!existsSync(csvFile)) {
    problem(MANIFEST_CSV, `${MANIFEST_CSV} tidak ada di paket. Buat ulang paket dengan "eviden packet".`);
  } else if (readFileSync(csvFile, 'utf8') !== manifestCsv(manifest)) {
    problem(MANIFEST_CSV, `${MANIFEST_CSV} tidak sama dengan ${MANIFEST_JSON}. Buat ulang paket dengan "eviden packet".`);
  }
  return { checked: manifest.files.length, problems };
}
