/**
 * The rencana peningkatan: for every indicator whose supported value stays below its target (compared as the status
 * compares them, so an indicator whose status is 'lengkap' asks for nothing), the evidence still missing for each
 * level above the last complete one up to the target, which OPD is responsible, and by when (the first round in config
 * `tenggat` that has not passed). With coded items (Pemdi) the evidence missing for a level is the level's items
 * without evidence, by code; an externally scored indicator asks for none. Pure: assessment, instrument and config
 * in, plan out. The same plan feeds the terminal, the XLSX workbook (one sheet per OPD), the nota dinas and the
 * dashboard.
 */
import type { Assessment } from '../types/assessment.ts';
import type { Config, Deadline } from '../types/config.ts';
import type { EvidenceItems, Instrument } from '../types/instrument.ts';
import { findIndicator } from '../instrument/tree.ts';
import { evidenceNeeded } from '../assess/messages.ts';
import { shorten } from '../shared/format.ts';
import { reaches } from '../assess/indicator-status.ts';
import { supportedValue } from '../assess/values.ts';
import { itemChecklist, type IndicatorChecklist } from '../assess/item-checklist.ts';

export interface PlanItem {
  indikator: number;
  nama: string;
  klaim: number | null;
  /** The value the evidence supports (decimal under linear credit, Pemdi; the supported level otherwise). */
  didukung: number;
  /** No accepted evidence (`kosong`): `didukung` is only what the index counts for it (Pemdi 1,00, SPBE 0). */
  tanpaBukti: boolean;
  target: number;
  /** The level this item brings the indicator to. */
  tingkat: number;
  /** The evidence the instrument expects for that level, in its words (shortened). */
  bukti: string;
  /** OPD kode responsible (config `penanggungJawab`); empty when nobody is. */
  opd: string[];
}

export interface PlanDeadline extends Deadline {
  /** Days from today; negative once passed. */
  sisaHari: number;
}

export interface OpdPlan {
  kode: string;
  nama: string;
  items: PlanItem[];
}

export interface ImprovementPlan {
  tanggal: string;
  tenggat: PlanDeadline | null;
  items: PlanItem[];
  /** Per OPD in config order, only OPDs with something to do. */
  perOpd: OpdPlan[];
  /** Items no OPD is responsible for: the coordinator must assign them (config `penanggungJawab`). */
  tanpaPenanggungJawab: PlanItem[];
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The first round not yet passed, else the last one (passed). */
export function currentDeadline(deadlines: readonly Deadline[], today: string): PlanDeadline | null {
  const sorted = [...deadlines].sort((a, b) => a.tanggal.localeCompare(b.tanggal));
  const pick = sorted.find((d) => d.tanggal >= today) ?? sorted.at(-1);
  return pick ? { ...pick, sisaHari: daysBetween(today, pick.tanggal) } : null;
}

/** "18 hari lagi", "hari ini", "sudah lewat 3 hari". */
export function daysLeftText(d: PlanDeadline): string {
  if (d.sisaHari > 0) return `${d.sisaHari} hari lagi`;
  return d.sisaHari === 0 ? 'hari ini' : `sudah lewat ${-d.sisaHari} hari`;
}

/** The codes and texts of the level's items without evidence ('' when all have some; null without items), shortened. */
function missingItems(checklist: IndicatorChecklist | undefined, level: number, max: number): string | null {
  const at = checklist?.levels.find((l) => l.level === level);
  if (at === undefined) return null;
  return shorten(at.items.filter((r) => r.state === 'belum').map((r) => `${r.code} ${r.text}`).join('; '), max);
}

export function improvementPlan(
  assessment: Assessment,
  instrument: Instrument,
  config: Config,
  today: string,
  evidenceItems: EvidenceItems | null = null,
): ImprovementPlan {
  const checklist = new Map((evidenceItems === null ? [] : itemChecklist(assessment, instrument, evidenceItems)).map((c) => [c.no, c]));
  const items: PlanItem[] = [];
  for (const ind of assessment.indicators) {
    const indicator = findIndicator(instrument, ind.id);
    // An externally scored indicator takes an imported partner index: there is no evidence to prepare.
    if (!indicator || ind.status === 'eksternal') continue;
    const value = supportedValue(ind);
    // Evidence whose value reaches the target leaves nothing to plan; without evidence ('kosong') there is always a
    // plan, though a linear value starts at the bottom of level 1's band (Pemdi 1,00).
    if (ind.status !== 'kosong' && reaches(value, ind.targetLevel)) continue;
    const from = Math.max(Math.floor(ind.supportedLevel) + 1, instrument.tingkatMin);
    for (let level = from; level <= ind.targetLevel; level++) {
      const coded = missingItems(checklist.get(ind.id), level, 400);
      if (coded === '') continue;
      items.push({
        indikator: ind.id,
        nama: ind.namaPendek ?? indicator.namaPendek,
        klaim: ind.claimedLevel,
        didukung: value,
        tanpaBukti: ind.status === 'kosong',
        target: ind.targetLevel,
        tingkat: level,
        bukti: coded ?? evidenceNeeded(indicator, level, 400),
        opd: ind.penanggungJawab,
      });
    }
  }
  const perOpd = config.opd
    .map((o) => ({ kode: o.kode, nama: o.nama, items: items.filter((i) => i.opd.includes(o.kode)) }))
    .filter((o) => o.items.length > 0);
  return {
    tanggal: today,
    tenggat: currentDeadline(config.tenggat, today),
    items,
    perOpd,
    tanpaPenanggungJawab: items.filter((i) => i.opd.length === 0),
  };
}
