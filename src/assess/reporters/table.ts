/** Terminal report of the gap analysis: summary, a table per indicator, a table per OPD, then the findings. */
import pc from 'picocolors';
import { formatDate, formatDecimal, formatValue } from '../../shared/format.ts';
import { cellOnlyFindings, countBySeverity, countByStatus, opdSummaries, summarize } from '../summary.ts';
import { severityWord, statusLabel } from '../../shared/vocabulary.ts';
import type { Assessment, Finding, IndicatorAssessment, IndicatorStatus, MatrixCell, Severity } from '../../types/assessment.ts';
import { narrowToOpd } from './narrow.ts';
import { claimedValue, supportedValue } from '../values.ts';
import { ruleTitle } from '../rules/titles.ts';

export interface TableOptions {
  color: boolean;
  /** Show only this OPD (as `narrowToOpd`). */
  opd?: string;
}

export const TABLE_WIDTH = 120;

type Colors = ReturnType<typeof pc.createColors>;

interface Column<T> {
  title: string;
  width: number;
  align: 'left' | 'right';
  value(row: T): string;
  paint?(row: T, text: string): string;
}

function fit(text: string, width: number, align: 'left' | 'right'): string {
  const cut = text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
  return align === 'right' ? cut.padStart(width) : cut.padEnd(width);
}

function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], c: Colors): string[] {
  const header = columns.map((col) => fit(col.title, col.width, col.align)).join('  ');
  const lines = [c.bold(header.trimEnd()), c.dim('─'.repeat(Math.min(TABLE_WIDTH, header.trimEnd().length)))];
  for (const row of rows) {
    const cells = columns.map((col) => {
      const text = fit(col.value(row), col.width, col.align);
      return col.paint ? col.paint(row, text) : text;
    });
    lines.push(cells.join('  ').trimEnd());
  }
  return lines;
}

/** Word-wraps `text` to `width` columns, indenting continuation lines by `indent` spaces. */
export function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  const room = Math.max(1, width - indent);
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => (w.length <= room ? [w] : (w.match(new RegExp(`.{1,${room}}`, 'g')) ?? [w])));
  for (const word of words) {
    const limit = lines.length === 0 ? width : width - indent;
    if (line !== '' && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`));
}

function statusPaint(c: Colors, status: IndicatorStatus, text: string): string {
  if (status === 'kosong') return c.red(text);
  if (status === 'kurang') return c.yellow(text);
  if (status === 'di-bawah-target') return c.blue(text);
  if (status === 'eksternal') return c.cyan(text);
  return c.green(text);
}

const SEVERITY_MARK: Record<Severity, string> = { error: 'K', warning: 'P', info: 'I' };

function severityPaint(c: Colors, severity: Severity, text: string): string {
  if (severity === 'error') return c.red(text);
  if (severity === 'warning') return c.yellow(text);
  return c.cyan(text);
}

function shortName(i: IndicatorAssessment): string {
  return i.namaPendek ?? i.nama.replace(/^Tingkat Kematangan\s+/i, '');
}

/** "3", or "2,25" for a decimal value. */
function levelText(level: number | null): string {
  return level === null ? '-' : formatValue(level);
}

function findingCounts(findings: readonly Finding[]): string {
  const n = countBySeverity(findings);
  return `K${n.error} P${n.warning} I${n.info}`;
}

function indicatorColumns(c: Colors, cellOf: ReadonlyMap<number, MatrixCell> | null): Column<IndicatorAssessment>[] {
  const columns: Column<IndicatorAssessment>[] = [
    { title: 'No', width: 3, align: 'right', value: (i) => String(i.id) },
    { title: 'Indikator', width: cellOf ? 36 : 44, align: 'left', value: shortName },
    { title: 'Klaim', width: 5, align: 'right', value: (i) => levelText(claimedValue(i)) },
    { title: 'Target', width: 6, align: 'right', value: (i) => formatValue(i.targetLevel) },
    { title: 'Bukti', width: 5, align: 'right', value: (i) => levelText(supportedValue(i)) },
    { title: 'Status', width: 15, align: 'left', value: (i) => i.status, paint: (i, t) => statusPaint(c, i.status, t) },
  ];
  if (cellOf) {
    columns.push({
      title: 'Sel OPD',
      width: 15,
      align: 'left',
      value: (i) => cellOf.get(i.id)?.status ?? '-',
      paint: (i, t) => {
        const cell = cellOf.get(i.id);
        return cell ? statusPaint(c, cell.status, t) : t;
      },
    });
  }
  columns.push(
    { title: 'Dok', width: 4, align: 'right', value: (i) => String(i.documents.length) },
    { title: 'Temuan', width: 12, align: 'left', value: (i) => findingCounts(i.findings) },
  );
  return columns;
}

function opdColumns(c: Colors): Column<ReturnType<typeof opdSummaries>[number]>[] {
  return [
    { title: 'Kode', width: 12, align: 'left', value: (o) => o.kode },
    { title: 'Nama OPD', width: 34, align: 'left', value: (o) => o.nama },
    { title: 'Tanggungan', width: 10, align: 'right', value: (o) => String(o.indicators.length) },
    { title: statusLabel('lengkap'), width: 7, align: 'right', value: (o) => String(o.cells.lengkap), paint: (_o, t) => c.green(t) },
    {
      title: statusLabel('di-bawah-target'),
      width: 15,
      align: 'right',
      value: (o) => String(o.cells['di-bawah-target']),
      paint: (o, t) => (o.cells['di-bawah-target'] ? c.blue(t) : t),
    },
    { title: 'Kurang', width: 6, align: 'right', value: (o) => String(o.cells.kurang), paint: (o, t) => (o.cells.kurang ? c.yellow(t) : t) },
    { title: 'Kosong', width: 6, align: 'right', value: (o) => String(o.cells.kosong), paint: (o, t) => (o.cells.kosong ? c.red(t) : t) },
    { title: 'Indikator kosong', width: 14, align: 'left', value: (o) => o.kosong.join(', ') || '-' },
  ];
}

function headerLines(a: Assessment, c: Colors): string[] {
  const date = a.tanggal ? `, per ${formatDate(a.tanggal)}` : '';
  const lines = [c.bold(`Analisis kesenjangan bukti dukung: ${a.instansi}, tahun ${a.tahun} (${a.instrument}${date})`)];
  if (a.indeks) lines.push(`Indeks dari tingkat yang diklaim: ${formatDecimal(a.indeks.indeks)} (${a.indeks.predikat})`);
  else lines.push(c.dim('Indeks belum dihitung: belum semua indikator diberi tingkat di bagian "penilaian".'));
  return lines;
}

function countsLine(label: string, status: Record<IndicatorStatus, number>, c: Colors): string {
  return (
    `${label}: ${c.green(`${status.lengkap} lengkap`)} · ${c.blue(`${status['di-bawah-target']} di bawah target`)} · ` +
    `${c.yellow(`${status.kurang} kurang`)} · ` +
    `${c.red(`${status.kosong} kosong`)}` +
    (status.eksternal > 0 ? ` · ${status.eksternal} nilai indeks eksternal` : '')
  );
}

/** In the instansi-wide view a rule firing more often than this is listed once, with its indicators. */
const COMPACT_AFTER = 6;

function compactLine(rule: string, group: readonly Finding[]): string {
  const indicators = [...new Set(group.map((f) => f.indicator).filter((n): n is number => n !== null))];
  const where = indicators.length > 0 ? `indikator ${indicators.join(', ')}` : `${group.length} berkas/folder`;
  return `${ruleTitle(rule)} ×${group.length}: ${where}. Rincian per temuan: eviden gaps --opd <kode>, --json, atau gaps.csv.`;
}

function findingLines(findings: readonly Finding[], c: Colors, compact: boolean): string[] {
  const counts = countBySeverity(findings);
  const title = `Temuan (${counts.error} ${severityWord('error')}, ${counts.warning} ${severityWord('warning')}, ${counts.info} ${severityWord('info')})`;
  const lines = ['', c.bold(title)];
  if (findings.length === 0) return [...lines, 'Tidak ada temuan.'];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const printed = new Set<string>();
  for (const f of findings) {
    const group = byRule.get(f.rule) ?? [f];
    const compacted = compact && group.length > COMPACT_AFTER;
    if (compacted && printed.has(f.rule)) continue;
    printed.add(f.rule);
    const where = f.indicator === null || compacted ? '' : ` [${f.indicator}]`;
    const head = compacted ? `${SEVERITY_MARK[f.severity]}` : `${SEVERITY_MARK[f.severity]}${where}`;
    const body = compacted ? compactLine(f.rule, group) : f.message;
    const wrapped = wrap(`${head} ${body}`, TABLE_WIDTH, 4);
    const first = wrapped[0] ?? '';
    const painted = first.startsWith(head) ? severityPaint(c, f.severity, head) + first.slice(head.length) : first;
    lines.push(painted, ...wrapped.slice(1));
  }
  return lines;
}

function orderedFindings(a: Assessment): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...a.findings, ...a.indicators.flatMap((i) => i.findings), ...cellOnlyFindings(a)].sort(
    (x, y) => rank[x.severity] - rank[y.severity] || (x.indicator ?? 0) - (y.indicator ?? 0),
  );
}

export function gapsTable(assessment: Assessment, options: TableOptions): string {
  const c = pc.createColors(options.color);
  const a = options.opd === undefined ? assessment : narrowToOpd(assessment, options.opd);
  const summary = summarize(a);
  const lines = headerLines(a, c);
  const findings = orderedFindings(a);
  const counts = countBySeverity(findings);
  lines.push(
    `${countsLine('Indikator', summary.indicators, c)}   Temuan: ${c.red(`${counts.error} ${severityWord('error')}`)} · ` +
      `${c.yellow(`${counts.warning} ${severityWord('warning')}`)} · ${c.cyan(`${counts.info} ${severityWord('info')}`)}`,
  );

  if (options.opd !== undefined) {
    const opd = a.opd?.[0];
    const cells = countByStatus(a.matrix);
    lines.push(
      '',
      c.bold(`OPD ${opd ? `${opd.nama} (${opd.kode})` : options.opd}`),
      `${countsLine(`Tanggungan ${a.matrix.length} indikator`, cells, c)}`,
    );
  }

  const cellOf = options.opd === undefined ? null : new Map(a.matrix.map((cell) => [cell.indicator, cell]));
  lines.push('', c.bold('Per indikator'), ...renderTable(a.indicators, indicatorColumns(c, cellOf), c));
  lines.push(c.dim('Klaim = tingkat di "penilaian"; Bukti = tingkat yang didukung bukti; Temuan: K kesalahan, P peringatan, I info.'));

  if (options.opd === undefined) {
    const opds = opdSummaries(a);
    lines.push('', c.bold('Per OPD'));
    if (opds.length === 0) {
      lines.push('Belum ada OPD penanggung jawab: isi bagian "penanggungJawab" di eviden.config.yaml.');
    } else {
      lines.push(...renderTable(opds, opdColumns(c), c), countsLine('Sel OPD × indikator', summary.cells, c));
    }
  }

  lines.push(...findingLines(findings, c, options.opd === undefined));
  return `${lines.join('\n')}\n`;
}
