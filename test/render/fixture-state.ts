/**
 * A WorkspaceState for the render tests, built from plain objects: a config for "Kabupaten Sukamaju", the real
 * instrument, an assessment written here, and real files generated into a temp workspace's archive (PDFs, an
 * owner-password PDF, a user-password PDF, images, a DOCX, a rotated page, and a title carrying markup).
 */
import { indicatorStatus } from '../../src/assess/indicator-status.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts, degrees, rgb } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import type { DocumentView, WorkspaceState } from '../../src/types/state.ts';
import type { Assessment, EvidenceRef, Finding, IndicatorAssessment, IndicatorStatus, MatrixCell } from '../../src/types/assessment.ts';
import type { Classification } from '../../src/types/classification.ts';
import { configSchema } from '../../src/config/schema.ts';
import type { Config } from '../../src/types/config.ts';
import { workspacePaths } from '../../src/config/workspace.ts';
import { computeIndex, computeSupportedIndex } from '../../src/instrument/index-formula.ts';
import { allIndicators } from '../../src/instrument/tree.ts';
import { loadPack } from '../../src/instrument/registry.ts';
import { claimOf } from '../../src/config/claims.ts';
import { archiveContent, sha256Of } from '../../src/store/archive.ts';
import type { DocStatus, DocumentRecord, FileType } from '../../src/types/documents.ts';

export const TODAY = '2026-11-29';
/** A file name carrying markup (a file name cannot hold "/", so the closing tags go into a penjelasan). */
export const MARKUP_TITLE = 'Notulen <script>alert(1)<\\script> <td> & "kutip".pdf';
export const MARKUP_PENJELASAN = 'Lihat notulen </td></tr></table><script>alert("x")</script> & <b>tebal</b>.';

export interface FixtureOptions {
  logo?: boolean;
  kertas?: 'A4' | 'F4';
  lampiranPer?: 'indikator' | 'domain';
  ukuranLampiranMaksMB?: number;
  tteBsre?: boolean;
}

interface FixtureDoc {
  file: string;
  opd: string;
  type: FileType;
  bytes: Uint8Array;
  pages: number;
  status: DocStatus;
  encrypted: boolean;
  indicators: number[];
  kind: Classification['kind'];
}

async function textPdf(title: string, pages: number, opts: { rotate?: boolean; landscape?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage(opts.landscape ? [842, 595] : [595, 842]);
    if (opts.rotate) page.setRotation(degrees(90));
    const { height } = page.getSize();
    page.drawText(title, { x: 72, y: height - 90, size: 16, font: bold });
    page.drawText(`Isi dokumen halaman ${i} dari ${pages}.`, { x: 72, y: height - 130, size: 12, font });
    page.drawRectangle({ x: 72, y: 72, width: 120, height: 40, borderColor: rgb(0, 0, 0), borderWidth: 1 });
  }
  return doc.save();
}

function pngImage(width: number, height: number, label: string): Uint8Array {
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#f4f6fa';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#1d4e89';
  g.fillRect(0, 0, width, 60);
  g.fillStyle = '#000';
  g.font = '28px sans-serif';
  g.fillText(label, 30, 130);
  return canvas.toBuffer('image/png');
}

function jpegImage(width: number, height: number, label: string): Uint8Array {
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ddd';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#333';
  g.font = '40px serif';
  g.fillText(label, 40, height / 2);
  return canvas.toBuffer('image/jpeg');
}

/** A simple emblem (shield) as PNG, standing in for a lambang daerah. */
export function logoPng(): Uint8Array {
  const canvas = createCanvas(240, 280);
  const g = canvas.getContext('2d');
  g.fillStyle = '#0b6e4f';
  g.beginPath();
  g.moveTo(20, 20);
  g.lineTo(220, 20);
  g.lineTo(220, 160);
  g.quadraticCurveTo(220, 240, 120, 270);
  g.quadraticCurveTo(20, 240, 20, 160);
  g.closePath();
  g.fill();
  g.fillStyle = '#f2c230';
  g.beginPath();
  g.arc(120, 120, 55, 0, Math.PI * 2);
  g.fill();
  return canvas.toBuffer('image/png');
}

function encrypt(dir: string, bytes: Uint8Array, user: string): Uint8Array {
  const input = path.join(dir, `plain-${user || 'owner'}.pdf`);
  const output = path.join(dir, `enc-${user || 'owner'}.pdf`);
  writeFileSync(input, bytes);
  execFileSync('qpdf', ['--encrypt', user, 'owner-secret', '256', '--', input, output]);
  return readFileSync(output);
}

/** A minimal DOCX-looking file (the lampiran lists it as not included; its content is never parsed here). */
function docxBytes(): Uint8Array {
  return Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('word/document.xml placeholder')]);
}

async function fixtureDocs(scratch: string): Promise<FixtureDoc[]> {
  const pdf = (over: Partial<FixtureDoc> & Pick<FixtureDoc, 'file' | 'opd' | 'bytes' | 'pages' | 'indicators'>): FixtureDoc => ({
    type: 'pdf', status: 'ok', encrypted: false, kind: 'keputusan', ...over,
  });
  return [
    pdf({ file: 'SK Tim Koordinasi SPBE 2023.pdf', opd: 'BagianHukum', bytes: await textPdf('KEPUTUSAN BUPATI SUKAMAJU TENTANG TIM KOORDINASI SPBE', 4), pages: 4, indicators: [10, 19] }),
    pdf({ file: 'Perbup 12 Tahun 2024 Arsitektur SPBE.pdf', opd: 'BagianHukum', bytes: await textPdf('PERATURAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2024', 3), pages: 3, indicators: [1, 11], kind: 'peraturan' }),
    pdf({ file: 'Dokumen Arsitektur SPBE Sukamaju.pdf', opd: 'Bappeda', bytes: await textPdf('DOKUMEN ARSITEKTUR SPBE KABUPATEN SUKAMAJU', 6), pages: 6, indicators: [11], kind: 'dokumen-arsitektur' }),
    pdf({ file: 'Laporan Audit TIK 2025 (terkunci pemilik).pdf', opd: 'Inspektorat', bytes: encrypt(scratch, await textPdf('LAPORAN AUDIT INFRASTRUKTUR SPBE 2025', 2), ''), pages: 2, encrypted: true, indicators: [29], kind: 'laporan-audit' }),
    pdf({ file: 'Notulen Rapat Tim Koordinasi (kata sandi).pdf', opd: 'Diskominfo', bytes: encrypt(scratch, await textPdf('NOTULEN RAPAT', 1), 'rahasia'), pages: 0, status: 'needs-password', encrypted: true, indicators: [19], kind: 'notulen' }),
    { file: 'Tangkapan layar SRIKANDI.png', opd: 'Diskominfo', type: 'png', bytes: pngImage(1280, 720, 'SRIKANDI - Beranda'), pages: 1, status: 'ok', encrypted: false, indicators: [37], kind: 'tangkapan-layar' },
    { file: 'Foto rapat koordinasi.jpg', opd: 'Diskominfo', type: 'jpeg', bytes: jpegImage(600, 800, 'Rapat Tim Koordinasi'), pages: 1, status: 'ok', encrypted: false, indicators: [19], kind: 'lainnya' },
    { file: 'Draf SOP Layanan SPBE.docx', opd: 'Diskominfo', type: 'docx', bytes: docxBytes(), pages: 0, status: 'ok', encrypted: false, indicators: [28], kind: 'sop' },
    pdf({ file: 'Topologi Jaringan Intra (landscape).pdf', opd: 'Diskominfo', bytes: await textPdf('TOPOLOGI JARINGAN INTRA PEMERINTAH DAERAH', 2, { rotate: true }), pages: 2, indicators: [17], kind: 'dokumen-arsitektur' }),
    pdf({ file: MARKUP_TITLE, opd: 'Diskominfo', bytes: await textPdf('NOTULEN <b>RAPAT</b>', 1), pages: 1, indicators: [3], kind: 'notulen' }),
    { file: 'Berkas rusak.pdf', opd: 'Bappeda', type: 'pdf', bytes: new TextEncoder().encode('%PDF-1.7\nrusak'), pages: 0, status: 'corrupt', encrypted: false, indicators: [], kind: 'lainnya' },
  ];
}

export function fixtureConfig(opts: FixtureOptions = {}, logoFile?: string): Config {
  const penilaian: Record<string, { tingkat?: number; penjelasan: string }> = {};
  for (let no = 1; no <= 47; no++) {
    penilaian[String(no)] = {
      tingkat: no % 7 === 0 ? 2 : no % 5 === 0 ? 4 : 3,
      penjelasan:
        no === 5 || no === 12
          ? ''
          : no === 3
            ? MARKUP_PENJELASAN
            : no === 10
            ? 'Tim Koordinasi SPBE ditetapkan dengan Keputusan Bupati Sukamaju Nomor 100/45/2023.\nTugas tim mencakup seluruh perangkat daerah.'
            : `Penjelasan indikator ${no}: kebijakan dan pelaksanaannya dijelaskan pada bukti dukung terlampir.`,
    };
  }
  return configSchema.parse({
    instansi: {
      nama: 'Pemerintah Kabupaten Sukamaju',
      jenis: 'kabupaten',
      kota: 'Sukamaju',
      alamat: 'Jalan Merdeka Nomor 1, Sukamaju 45111',
      kop: ['Pemerintah Kabupaten Sukamaju', 'Sekretariat Daerah'],
      kontak: 'Telepon (0231) 123456, Laman sukamajukab.go.id, Pos-el setda@sukamajukab.go.id',
      ...(logoFile ? { logo: logoFile } : {}),
    },
    tahun: 2026,
    opd: [
      { kode: 'BagianHukum', nama: 'Bagian Hukum', folder: 'BagianHukum' },
      { kode: 'Bappeda', nama: 'Badan Perencanaan Pembangunan Daerah', folder: 'Bappeda' },
      { kode: 'Diskominfo', nama: 'Dinas Komunikasi dan Informatika', folder: 'Diskominfo' },
      { kode: 'Inspektorat', nama: 'Inspektorat Daerah', folder: 'Inspektorat' },
    ],
    penanggungJawab: {
      '1': ['BagianHukum'], '3': ['Diskominfo'], '10': ['BagianHukum'], '11': ['Bappeda'], '17': ['Diskominfo'],
      '19': ['Diskominfo', 'BagianHukum'], '28': ['Diskominfo'], '29': ['Inspektorat'], '37': ['Diskominfo'],
    },
    penilaian,
    penandatangan: {
      koordinator: { nama: 'Drs. H. Ahmad Suryadi, M.Si.', nip: '196805121994031007', jabatan: 'Sekretaris Daerah Kabupaten Sukamaju', pangkat: 'Pembina Utama Madya (IV/d)' },
      penanggungJawab: { nama: 'Rina Kartika, S.Kom., M.T.', nip: '198003152005012004', jabatan: 'Kepala Dinas Komunikasi dan Informatika', pangkat: 'Pembina Tingkat I (IV/b)' },
    },
    laporan: {
      kertas: opts.kertas ?? 'A4',
      lampiranPer: opts.lampiranPer ?? 'indikator',
      ukuranLampiranMaksMB: opts.ukuranLampiranMaksMB ?? 10,
      tteBsre: opts.tteBsre ?? false,
    },
  });
}

function evidenceRef(d: FixtureDoc, sha: string): EvidenceRef {
  return {
    sha256: sha, path: `${d.opd}/${d.file}`, opd: d.opd, pages: d.pages, score: 0.9,
    confidence: 'tinggi', source: 'content', kind: d.kind, date: '2023-05-02',
  };
}

function finding(rule: string, severity: Finding['severity'], message: string, indicator: number | null, opd: string | null, sha: string | null = null, p: string | null = null): Finding {
  return { rule, severity, message, indicator, opd, sha256: sha, path: p };
}

function buildAssessment(config: Config, docs: Array<FixtureDoc & { sha: string }>, state: Pick<WorkspaceState, 'instrument'>): Assessment {
  const inst = state.instrument;
  const indicators: IndicatorAssessment[] = allIndicators(inst).map((ind) => {
    const documents = docs.filter((d) => d.indicators.includes(ind.no)).map((d) => evidenceRef(d, d.sha));
    const claimed = claimOf(config, inst.id, ind.no).level;
    const supported = documents.length === 0 ? 1 : Math.min(claimed ?? 3, ind.no === 19 ? 2 : 3);
    const status: IndicatorStatus = indicatorStatus({ external: false, hasEvidence: documents.length > 0, supported, claimed, target: 3 });
    const pj = config.penanggungJawab[String(ind.no)] ?? [];
    const findings: Finding[] = [];
    if (status === 'kosong') {
      findings.push(finding('indicatorNoEvidence', 'error', `Belum ada bukti dukung untuk indikator ${ind.no}; unggah dokumen ${ind.namaPendek}.`, ind.no, pj[0] ?? null));
    }
    if (status === 'kurang') {
      findings.push(finding('levelClaimedWithoutEvidence', 'error', `Tingkat ${claimed} diklaim tetapi bukti hanya mendukung tingkat ${supported}; tambahkan notulen rapat dan laporan pelaksanaan.`, ind.no, pj[0] ?? null));
    }
    return {
      id: ind.no, nama: ind.nama, claimedLevel: claimed, targetLevel: 3, supportedLevel: supported,
      supportReasons: documents.length ? [`Dokumen ${documents[0]!.path} ditetapkan.`] : [],
      status, penanggungJawab: pj, documents, candidates: [], findings,
      penjelasan: claimOf(config, inst.id, ind.no).penjelasan,
    };
  });
  const matrix: MatrixCell[] = [];
  for (const ind of indicators) {
    for (const opd of ind.penanggungJawab) {
      const documents = ind.documents.filter((d) => d.opd === opd);
      matrix.push({
        opd, indicator: ind.id, documents,
        status: documents.length === 0 ? 'kosong' : ind.status,
        findings: ind.findings.filter((f) => f.opd === opd || f.opd === null),
      });
    }
  }
  const levels = new Map(indicators.map((i) => [i.id, i.claimedLevel ?? 1]));
  const protectedDoc = docs.find((d) => d.status === 'needs-password');
  const corrupt = docs.find((d) => d.status === 'corrupt');
  return {
    instansi: config.instansi.nama,
    tahun: config.tahun,
    instrument: inst.id,
    indeks: computeIndex(inst, levels),
    indeksBukti: computeSupportedIndex(inst, new Map(indicators.map((i) => [i.id, i.supportedLevel]))),
    indeksTarget: computeIndex(inst, new Map(indicators.map((i) => [i.id, i.targetLevel]))),
    indicators,
    matrix,
    findings: [
      ...(protectedDoc ? [finding('evidenceEncrypted', 'warning', `Berkas ${protectedDoc.opd}/${protectedDoc.file} memerlukan kata sandi; minta salinan tanpa kata sandi.`, null, protectedDoc.opd, protectedDoc.sha, `${protectedDoc.opd}/${protectedDoc.file}`)] : []),
      ...(corrupt ? [finding('evidenceUnreadable', 'error', `Berkas ${corrupt.opd}/${corrupt.file} rusak; kirim ulang berkas aslinya.`, null, corrupt.opd, corrupt.sha, `${corrupt.opd}/${corrupt.file}`)] : []),
    ],
  };
}

export interface Fixture {
  state: WorkspaceState;
  root: string;
}

const created: string[] = [];

/** Removes every fixture workspace this test file built (call from afterAll). */
export function removeFixtures(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Builds the workspace on disk (archive, watch copies, optional logo) and the state that describes it. */
export async function buildFixture(opts: FixtureOptions = {}): Promise<Fixture> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'eviden-render-'));
  created.push(root);
  const paths = workspacePaths(root);
  const scratch = path.join(root, 'scratch');
  for (const dir of [paths.watch, paths.output, paths.archive, scratch]) mkdirSync(dir, { recursive: true });
  if (opts.logo) writeFileSync(path.join(root, 'lambang.png'), logoPng());
  const config = fixtureConfig(opts, opts.logo ? 'lambang.png' : undefined);
  const pack = loadPack('spbe-2020');
  const instrument = pack.instrument;

  const docs = (await fixtureDocs(scratch)).map((d) => ({ ...d, sha: sha256Of(d.bytes) }));
  const documents: DocumentView[] = docs.map((d) => {
    const archivePath = archiveContent(paths.state, d.sha, d.type, d.bytes);
    const rel = `${d.opd}/${d.file}`;
    mkdirSync(path.join(paths.watch, d.opd), { recursive: true });
    writeFileSync(path.join(paths.watch, rel), d.bytes);
    const record: DocumentRecord = {
      sha256: d.sha, size: d.bytes.length, type: d.type, status: d.status,
      message: d.status === 'ok' ? '' : `Berkas ${rel} bermasalah (${d.status}).`,
      pages: d.pages, ocrPages: 0, encrypted: d.encrypted, archivePath,
      firstSeen: '2026-11-01T08:00:00.000Z', extractedAt: '2026-11-01T08:00:05.000Z',
    };
    const classification: Classification | null = d.indicators.length
      ? {
          sha256: d.sha, kind: d.kind, date: '2023-05-02', enacted: true, candidates: [],
          mappings: d.indicators.map((no) => ({
            id: `${d.sha.slice(0, 12)}-${no}`, sha256: d.sha, indicator: no, score: 0.9,
            confidence: 'tinggi' as const, source: 'content' as const, reasons: [], possiblyMisfiled: false,
          })),
        }
      : null;
    return {
      doc: record,
      locations: [{
        path: rel, sha256: d.sha, opd: d.opd, folder: d.opd, size: d.bytes.length, mtimeMs: 0, present: true,
        firstSeen: record.firstSeen, lastSeen: record.firstSeen, removedAt: null, replacedAt: null,
      }],
      classification,
      archiveFile: path.join(paths.state, archivePath),
      path: rel,
      opd: d.opd,
    };
  });
  documents.sort((a, b) => a.path.localeCompare(b.path));
  const assessment = buildAssessment(config, docs, { instrument });
  return { root, state: { workspace: { paths, config }, instrument, pack, documents, assessment, previousResults: [], today: TODAY } };
}
