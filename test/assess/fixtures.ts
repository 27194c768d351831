/** Plain-object builders for assessment tests: config, documents with locations and classifications. */
import type { Classification, DocumentKind, LevelFact, Mapping, MatchPlace } from '../../src/types/classification.ts';
import { configSchema } from '../../src/config/schema.ts';
import type { Config } from '../../src/types/config.ts';
import { loadPack, type InstrumentPack } from '../../src/instrument/registry.ts';
import type { Instrument } from '../../src/types/instrument.ts';
import type { AssessDocument, AssessInput } from '../../src/types/assessment.ts';
import type { DocStatus, LocationRecord } from '../../src/types/documents.ts';

export const TODAY = '2025-12-01';

export const SPBE_PACK = loadPack('spbe-2020');
export const SPBE: Instrument = SPBE_PACK.instrument;

const OPD_FOLDERS: Record<string, string> = { DISKOMINFO: 'DISKOMINFO', SETDA: 'SETDA', BKPSDM: 'BKPSDM' };

export interface ConfigOverrides {
  /** The workspace's instansi (default: Pemerintah Kabupaten Sukamaju). */
  instansi?: { nama: string; jenis: 'provinsi' | 'kabupaten' | 'kota'; kota: string; kop: string[] };
  penanggungJawab?: Record<string, string[]>;
  penilaian?: Record<string, { tingkat?: number; penjelasan?: string }>;
  target?: { bawaan?: number; indikator?: Record<string, number> };
  masaBerlakuReviuTahun?: number;
  /** The workspace's own application names per indicator (`aplikasi`). */
  aplikasi?: Record<string, string[]>;
  /** The sector services the workspace chose for the sector slots (`layananSektor`). */
  layananSektor?: Record<string, { nama: string; kataKunci: string[] }>;
}

export function makeConfig(o: ConfigOverrides = {}): Config {
  return configSchema.parse({
    instansi: o.instansi ?? { nama: 'Pemerintah Kabupaten Sukamaju', jenis: 'kabupaten', kota: 'Sukamaju', kop: ['PEMERINTAH KABUPATEN SUKAMAJU'] },
    tahun: 2025,
    opd: [
      { kode: 'DISKOMINFO', nama: 'Dinas Komunikasi dan Informatika', folder: 'DISKOMINFO' },
      { kode: 'SETDA', nama: 'Sekretariat Daerah', folder: 'SETDA' },
      { kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan SDM', folder: 'BKPSDM' },
    ],
    penanggungJawab: o.penanggungJawab ?? {},
    target: { bawaan: o.target?.bawaan ?? 3, indikator: o.target?.indikator ?? {} },
    penilaian: o.penilaian ?? {},
    penandatangan: { koordinator: { nama: 'Drs. Koordinator', jabatan: 'Sekretaris Daerah' } },
    pemetaan: { ambang: 0.5, masaBerlakuReviuTahun: o.masaBerlakuReviuTahun ?? 2 },
    aplikasi: o.aplikasi ?? {},
    layananSektor: o.layananSektor ?? {},
  });
}

export interface MapSpec {
  indicator: number;
  score?: number;
  phrases?: string[];
  place?: MatchPlace;
  possiblyMisfiled?: boolean;
  source?: Mapping['source'];
}

export interface DocSpec {
  sha: string;
  /** Paths relative to watch/; the first folder decides the OPD (unknown folders give opd null). */
  paths: string[];
  status?: DocStatus;
  message?: string;
  kind?: DocumentKind;
  date?: string | null;
  enacted?: boolean;
  maps?: MapSpec[];
  candidates?: MapSpec[];
  signals?: string[];
  /** Content checks of the level profiles found in the text (check id, page 1, the phrase as the line). */
  facts?: string[] | LevelFact[];
  /** A screenshot of a login page only (adds the `halaman-login` signal). */
  loginOnly?: boolean;
  /** The classifier's issuer verdict (who issued the document, against the workspace's instansi). */
  issuer?: Classification['issuer'];
  /** Paths that were removed from watch/. */
  removed?: string[];
  /** Paths whose content was replaced by newer content. */
  replaced?: string[];
  unclassified?: boolean;
}

function mapping(sha: string, m: MapSpec): Mapping {
  const base: Mapping = {
    id: `${sha.slice(0, 12)}-${m.indicator}`,
    sha256: sha,
    indicator: m.indicator,
    score: m.score ?? 0.8,
    confidence: (m.score ?? 0.8) >= 0.7 ? 'tinggi' : (m.score ?? 0.8) >= 0.5 ? 'sedang' : 'rendah',
    source: m.source ?? 'content',
    reasons: (m.phrases ?? []).map((phrase) => ({ rule: `i${m.indicator}.test`, phrase, place: m.place ?? 'isi', pages: [1], weight: 0.2 })),
    possiblyMisfiled: m.possiblyMisfiled ?? false,
  };
  return base;
}

function location(sha: string, path: string, spec: DocSpec): LocationRecord {
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
  const removed = spec.removed?.includes(path) ?? false;
  const replaced = spec.replaced?.includes(path) ?? false;
  return {
    path,
    sha256: sha,
    opd: OPD_FOLDERS[folder] ?? null,
    folder,
    size: 1000,
    mtimeMs: 0,
    present: !removed && !replaced,
    firstSeen: '2025-01-01T00:00:00.000Z',
    lastSeen: '2025-11-01T00:00:00.000Z',
    removedAt: removed ? '2025-11-15T08:00:00.000Z' : null,
    replacedAt: replaced ? '2025-11-20T08:00:00.000Z' : null,
  };
}

export function makeDoc(spec: DocSpec): AssessDocument {
  const sha = spec.sha.padEnd(64, '0');
  // A login-only screenshot carries the classifier's `halaman-login` signal.
  const signals = [...(spec.signals ?? []), ...(spec.loginOnly ? ['halaman-login'] : [])];
  const classification: Classification = {
    sha256: sha,
    kind: spec.kind ?? 'lainnya',
    date: spec.date ?? null,
    enacted: spec.enacted ?? false,
    mappings: (spec.maps ?? []).map((m) => mapping(sha, m)),
    candidates: (spec.candidates ?? []).map((m) => mapping(sha, { score: 0.3, ...m })),
    ...(spec.issuer !== undefined ? { issuer: spec.issuer } : {}),
    ...(spec.facts !== undefined ? { facts: spec.facts.map((f) => (typeof f === 'string' ? { check: f, page: 1, phrase: f } : f)) } : {}),
  };
  return {
    doc: {
      sha256: sha,
      size: 1000,
      type: 'pdf',
      status: spec.status ?? 'ok',
      message: spec.message ?? '',
      pages: 3,
      ocrPages: 0,
      encrypted: false,
      archivePath: `archive/${sha}.pdf`,
      firstSeen: '2025-01-01T00:00:00.000Z',
      extractedAt: '2025-01-01T00:00:00.000Z',
    },
    locations: spec.paths.map((p) => location(sha, p, spec)),
    classification: spec.unclassified ? null : signals.length > 0 ? Object.assign(classification, { signals }) : classification,
  };
}

export function makeInput(documents: AssessDocument[], config: Config = makeConfig(), pack: InstrumentPack = SPBE_PACK): AssessInput {
  return { instrument: pack.instrument, levels: pack.levels, substitutions: pack.substitutions, config, documents, today: TODAY };
}

export const ARSITEKTUR_DOMAINS = ['Proses Bisnis', 'Data dan Informasi', 'Infrastruktur SPBE', 'Aplikasi SPBE', 'Keamanan SPBE', 'Layanan SPBE'];
