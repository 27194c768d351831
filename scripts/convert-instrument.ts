/**
 * Converts the shared reference instrument (one flat record per indicator) into eviden's instrument format
 * and writes src/instruments/spbe-2020/instrument.json, which is committed: eviden never reads ../shared at run time.
 *
 *   node --import tsx scripts/convert-instrument.ts [SOURCE.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { packsRoot } from '../src/instrument/registry.ts';
import { packageRoot } from '../src/shared/package-root.ts';
import { parseInstrument } from '../src/instrument/validate.ts';
import type { Group, Indicator, Instrument } from '../src/types/instrument.ts';

const levelTexts = z.record(z.string(), z.string());

const sourceSchema = z.object({
  indikator: z.array(
    z.object({
      no: z.number().int(),
      nama: z.string(),
      pertanyaan: z.string(),
      domain_no: z.number().int(),
      domain: z.string(),
      bobot_domain: z.number(),
      aspek_no: z.number().int(),
      aspek: z.string(),
      bobot_aspek: z.number(),
      bobot_indikator: z.number(),
      jenis_kapabilitas: z.enum(['proses', 'layanan']),
      kriteria_tingkat: levelTexts,
      penjelasan_indikator: z.string(),
      kriteria_bukti_dukung_per_tingkat: levelTexts,
      kriteria_pemenuhan_per_tingkat: levelTexts,
    }),
  ),
});

type SourceIndicator = z.infer<typeof sourceSchema>['indikator'][number];

/** "Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah" → "Kebijakan Internal Tim Koordinasi SPBE". */
function shortName(nama: string): string {
  return nama
    .replace(/^Tingkat Kematangan\s+/, '')
    .replace(/\s*Instansi Pusat\/Pemerintah Daerah/g, '')
    .trim();
}

function toIndicator(src: SourceIndicator): Indicator {
  return {
    no: src.no,
    nama: src.nama,
    namaPendek: shortName(src.nama),
    pertanyaan: src.pertanyaan,
    kapabilitas: src.jenis_kapabilitas,
    bobot: src.bobot_indikator,
    kriteria: src.kriteria_tingkat,
    buktiDukung: src.kriteria_bukti_dukung_per_tingkat,
    pemenuhan: src.kriteria_pemenuhan_per_tingkat,
    penjelasan: src.penjelasan_indikator,
  };
}

/** Groups the flat records into domain → aspek → indicators, keeping the source order (sorted by number). */
function buildTree(records: SourceIndicator[]): Group[] {
  const domains = new Map<number, Group>();
  const aspects = new Map<number, Group>();
  for (const src of [...records].sort((a, b) => a.no - b.no)) {
    let domain = domains.get(src.domain_no);
    if (!domain) {
      domain = { tingkat: 'domain', no: src.domain_no, nama: src.domain, bobot: src.bobot_domain, groups: [], indicators: [] };
      domains.set(src.domain_no, domain);
    }
    let aspect = aspects.get(src.aspek_no);
    if (!aspect) {
      aspect = { tingkat: 'aspek', no: src.aspek_no, nama: src.aspek, bobot: src.bobot_aspek, groups: [], indicators: [] };
      aspects.set(src.aspek_no, aspect);
      domain.groups.push(aspect);
    }
    aspect.indicators.push(toIndicator(src));
  }
  return [...domains.values()].sort((a, b) => a.no - b.no);
}

function convert(source: unknown): Instrument {
  const { indikator } = sourceSchema.parse(source);
  return {
    formatVersion: 1,
    id: 'spbe-2020',
    nama: 'Indeks SPBE',
    regulasi:
      'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis ' +
      'Elektronik; Pedoman Teknis: Keputusan Menteri PANRB Nomor 962 Tahun 2021',
    experimental: false,
    hierarki: ['domain', 'aspek'],
    tingkatMin: 1,
    tingkatMax: 5,
    labelTingkat: {
      proses: ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'],
      layanan: ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum'],
    },
    // Tabel 13 "Predikat Penilaian SPBE"; lower bounds inclusive, "< 1,8" is Kurang.
    predikat: [
      { min: 4.2, nama: 'Memuaskan' },
      { min: 3.5, nama: 'Sangat Baik' },
      { min: 2.6, nama: 'Baik' },
      { min: 1.8, nama: 'Cukup' },
      { min: 0, nama: 'Kurang' },
    ],
    groups: buildTree(indikator),
  };
}

function main(): void {
  const root = packageRoot();
  const sourceFile = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'reference', 'spbe-2020-instrument.json'));
  const target = path.join(packsRoot(), 'spbe-2020', 'instrument.json');
  const instrument = parseInstrument(convert(JSON.parse(readFileSync(sourceFile, 'utf8'))), sourceFile);
  writeFileSync(target, `${JSON.stringify(instrument, null, 2)}\n`);
  process.stderr.write(`${path.relative(root, target)} ditulis dari ${sourceFile}\n`);
}

main();
