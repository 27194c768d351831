/**
 * Child process of bench/render.ts: assembles one lampiran from a JSON spec and prints time and peak memory,
 * so the figure is the assembly's own peak RSS (not the benchmark runner's or Chromium's).
 * Usage: node --import tsx bench/render-lampiran-child.ts SPEC.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentView } from '../src/types/state.ts';
import { loadPack } from '../src/instrument/registry.ts';
import { assembleLampiran } from '../src/render/lampiran/assemble.ts';
import { PAPERS } from '../src/render/model/common.ts';

export interface ChildSource {
  sha256: string;
  file: string;
  pages: number;
  indicator: number;
  opd: string;
}

export interface ChildSpec {
  sources: ChildSource[];
  outDir: string;
  maxBytes: number;
}

export interface ChildResult {
  ms: number;
  /** CPU time (user + system) of the assembly: less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  maxRssMb: number;
  pages: number;
  bytes: number;
  parts: number;
  outputs: string[];
}

const spec = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as ChildSpec;
const views = new Map<string, DocumentView>(
  spec.sources.map((s) => [
    s.sha256,
    {
      doc: {
        sha256: s.sha256, size: readFileSync(s.file).length, type: 'pdf', status: 'ok', message: '', pages: s.pages,
        ocrPages: 0, encrypted: false, archivePath: '', firstSeen: '', extractedAt: null,
      },
      locations: [],
      classification: null,
      archiveFile: s.file,
      path: `${s.opd}/${path.basename(s.file)}`,
      opd: s.opd,
    },
  ]),
);
const evidence = new Map<number, string[]>();
for (const s of spec.sources) evidence.set(s.indicator, [...(evidence.get(s.indicator) ?? []), s.sha256]);

const started = performance.now();
const cpuStart = process.cpuUsage();
let pages = 0;
let bytes = 0;
const outputs: string[] = [];
await assembleLampiran(
  { instrument: loadPack('spbe-2020').instrument, evidence, documents: views, per: 'domain', maxBytes: spec.maxBytes },
  { instansi: 'Pemerintah Kabupaten Sukamaju', tahun: 2026, program: loadPack('spbe-2020').labels.programShort, paper: PAPERS.A4, today: '2026-11-29' },
  {
    onPart({ part, bytes: out, pages: n }) {
      const file = path.join(spec.outDir, part.fileName);
      writeFileSync(file, out);
      outputs.push(file);
      pages += n;
      bytes += out.length;
    },
  },
);
const result: ChildResult = {
  ms: performance.now() - started,
  cpuMs: ((u) => (u.user + u.system) / 1000)(process.cpuUsage(cpuStart)),
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  pages,
  bytes,
  parts: outputs.length,
  outputs,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
