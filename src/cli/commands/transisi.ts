/**
 * `eviden transisi [--json] [--pdf]`: the transition map SPBE → Pemdi: for each Pemdi indicator, the SPBE evidence
 * that may carry over (candidates for review, accepted with `eviden map --instrumen`) and the items no SPBE evidence
 * covers. `--pdf` writes the PDF "Peta transisi SPBE → Pemdi" to output/.
 */
import type { Command } from 'commander';
import { workspaceOf, withJson } from '../context.ts';
import type { TransitionMap } from '../../types/transition.ts';
import { CARRY_STATUS_LABELS, TRANSITION_STATUS_LABELS, kindLabel, sourceMarkLabel } from '../../shared/vocabulary.ts';
import { formatDate } from '../../shared/format.ts';
import { log, printJson, printText } from '../../shared/output.ts';

/** "Indikator SPBE 11 (Arsitektur SPBE), 1 (Kebijakan Internal Arsitektur SPBE)". */
function earlierText(map: TransitionMap, earlier: { no: number; nama: string }[]): string {
  return `indikator ${map.from.name} ${earlier.map((e) => `${e.no} (${e.nama})`).join(', ')}`;
}

/** A few codes as they are; a long list grouped by indicator and level ("I3-L1: 01, 02; I3-L2: 01"). */
function itemsText(codes: readonly string[]): string {
  if (codes.length <= 6) return codes.join(', ');
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const cut = code.lastIndexOf('-');
    const key = code.slice(0, cut);
    groups.set(key, [...(groups.get(key) ?? []), code.slice(cut + 1)]);
  }
  return [...groups].map(([key, nn]) => `${key}: ${nn.join(', ')}`).join('; ');
}

export function renderTransition(map: TransitionMap): string {
  const out: string[] = [
    `Peta transisi ${map.from.name} → ${map.to.name} (${map.from.id} → ${map.to.id}) — usulan [${sourceMarkLabel(map.mark)}]`,
    map.note,
    '',
  ];
  if (map.earlierDocuments === 0) {
    out.push(
      `Workspace ini belum memiliki bukti yang dipetakan untuk ${map.from.id}. Peta di bawah hanya menyebut butir ${map.to.name} yang baru; ` +
        `untuk melihat bukti yang dapat dibawa, pindai sekali dengan "instrumen: ${map.from.id}" (pemetaan setiap instrumen disimpan terpisah).`,
      '',
    );
  }
  const t = map.totals;
  out.push(
    `Bukti ${map.from.name}: ${map.earlierDocuments} dokumen. Kandidat untuk ${map.to.name}: ${t.candidates} ` +
      `(${t.diterima} diterima peninjau, ${t.dipetakan} dipetakan dari isinya dan belum dikonfirmasi, ${t.ditolak} ditolak, ${t.kandidat} perlu ditinjau). Butir ${map.to.name} tanpa bukti ${map.from.name}: ${t.newItems}.`,
    '',
  );
  for (const i of map.indicators) {
    out.push(`Indikator ${map.to.name} ${i.no} ${i.nama} — ${TRANSITION_STATUS_LABELS[i.status]}${i.sumberNilai === 'eksternal' ? '; nilai diimpor dari indeks mitra' : ''}`);
    for (const c of i.carries) {
      const items = c.items.length > 0 ? `butir ${itemsText(c.items)}` : 'konteks saja, tanpa butir';
      out.push(`  Dari ${earlierText(map, c.earlier)} → ${items}`, `    ${c.note}`);
      if (c.documents.length === 0) out.push(`    (belum ada bukti ${map.from.name} di workspace ini)`);
      for (const d of c.documents) {
        const date = d.date === null ? '' : `, ${formatDate(d.date)}`;
        out.push(`    [${CARRY_STATUS_LABELS[d.status]}] ${d.path} (${d.opd ?? 'tanpa OPD'}; ${kindLabel(d.kind)}${date}; ${map.from.name} ${d.earlier.join(', ')})`);
      }
    }
    if (i.carries.length === 0) out.push(`  Tidak ada indikator ${map.from.name} yang sepadan.`);
    if (i.newItems.length > 0) out.push(`  Baru, tanpa bukti ${map.from.name} (${i.newItems.length} butir): ${itemsText(i.newItems.map((n) => n.code))}`);
    if (i.newNote !== null) out.push(`  Yang baru: ${i.newNote}`);
    out.push('');
  }
  out.push(
    `Bukti ${map.from.name} tidak pernah dihitung dengan sendirinya. Terima kandidat sebagai bukti ${map.to.name} (tercatat di jejak audit):`,
    `  eviden map BERKAS --add <nomor indikator ${map.to.name}> --instrumen ${map.to.id}   (tolak: --remove)`,
    'PDF peta ini: eviden transisi --pdf',
  );
  return out.join('\n');
}

export function registerTransisi(program: Command): void {
  withJson(
    program
      .command('transisi')
      .description('peta transisi SPBE → Pemdi: bukti SPBE yang dapat dibawa (kandidat untuk ditinjau) dan butir Pemdi yang baru')
      .option('--pdf', 'tulis juga PDF "Peta transisi SPBE → Pemdi" ke output/'),
  ).action(async (opts: { json?: boolean; pdf?: boolean }, cmd: Command) => {
    const ws = await workspaceOf(cmd);
    const [{ withDb }, { loadTransition }] = await Promise.all([import('../../app/session.ts'), import('../../app/transition.ts')]);
    const map = await withDb(ws, (db) => loadTransition(db, ws));
    let pdf: string | null = null;
    if (opts.pdf) {
      const { writeTransitionPdf } = await import('../../app/transition-pdf.ts');
      log('Menyusun PDF peta transisi …');
      pdf = await writeTransitionPdf(ws, map);
    }
    if (opts.json) printJson({ ...map, ...(pdf !== null ? { pdf } : {}) });
    else printText(pdf === null ? renderTransition(map) : `${renderTransition(map)}\n\nPDF ditulis: ${pdf}`);
  });
}
